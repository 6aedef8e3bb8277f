"""The demo city's records, built from ``resources/demo/*.toml`` (conventions: ``data.py``).

Ids are derived from the data's keys and order (``derived_id("demo", …)`` or the record's own
``id_for``), so that writing the demo twice changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from migradesk.demo.data import Clock, DemoDataError, Table, load, record, where
from migradesk.domain.application import Application
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Record, derived_id
from migradesk.domain.city import DEMO_CITY_ID, City
from migradesk.domain.people import COURSE_STEPS, FocalPoint, Official
from migradesk.domain.plan import Action, MonitoringUpdate, Objective, PriorityArea
from migradesk.domain.questionnaire import AnswerOption, Indicator, Questionnaire
from migradesk.domain.report import ReportSection, ReportVersion, Workshop
from migradesk.domain.review import Certification, Comment, Milestone, PhaseDate, ReviewEvent

CITY = DEMO_CITY_ID
LEVELS = ("yes", "partly", "no", "unknown", "not_applicable")
GROUP_FIELDS = ("reaches_women", "reaches_children", "reaches_other_vulnerable", "other_groups")


def _id(*parts: str) -> str:
    return derived_id("demo", *parts)


def clock_for(today: date) -> Clock:
    timeline = load("timeline")
    for name, days in timeline.items():
        if not isinstance(days, int) or isinstance(days, bool):
            raise DemoDataError(f"{where('timeline', name)}: {days!r} no es un número de días")
    return Clock(today, timeline)


def _list(table: Table, name: str, at: str) -> list[Table]:
    found = table.get(name, [])
    if not isinstance(found, list) or not all(isinstance(t, dict) for t in found):
        raise DemoDataError(f"{at}: {name} debe ser una lista de tablas")
    return found


def _table(table: Table, name: str, at: str) -> Table:
    found = table.get(name)
    if not isinstance(found, dict):
        raise DemoDataError(f"{at}: falta la tabla {name}")
    return found


def _without(table: Table, *names: str) -> dict[str, Any]:
    return {k: v for k, v in table.items() if k not in names}


# --- city.toml: the city, its application and its people ---------------------------------------


def city_records(clock: Clock) -> Iterator[Record]:
    data = load("city")
    at = where("city")
    yield record(City, CITY, CITY, _table(data, "city", at), clock, where("city", "city"))
    application = _table(data, "application", at)
    yield record(
        Application, Application.id_for(CITY), CITY, application, clock,
        where("city", "application"),
    )  # fmt: skip
    follows = ""
    for n, fields in enumerate(_list(data, "focal_points", at)):
        record_id = FocalPoint.id_for(CITY, follows) if follows else FocalPoint.id_for(CITY)
        found = record(
            FocalPoint, record_id, CITY, {**fields, "follows": follows}, clock,
            where("city", "focal_points", n),
        )  # fmt: skip
        follows = found.id
        yield found
    for n, fields in enumerate(_list(data, "officials", at)):
        yield _official(fields, clock, where("city", "officials", n))


def _official(fields: Table, clock: Clock, at: str) -> Official:
    key, days = fields.get("key"), fields.get("course_days", [])
    if not isinstance(key, str) or not key:
        raise DemoDataError(f"{at}: falta key (el id de la persona)")
    if not isinstance(days, list) or len(days) > len(COURSE_STEPS):
        raise DemoDataError(f"{at}: course_days tiene a lo sumo {len(COURSE_STEPS)} días")
    given = _without(fields, "key", "course_days")
    official = record(Official, _id("official", key), CITY, given, clock, at)
    enrolled = official.enrolled_on
    if days and enrolled is None:
        raise DemoDataError(f"{at}: course_days se cuentan desde enrolled_on, que falta")
    for step, offset in zip(COURSE_STEPS, days, strict=False):
        if not isinstance(offset, int) or isinstance(offset, bool) or enrolled is None:
            raise DemoDataError(
                f"{at}: course_days son días enteros después de enrolled_on: {offset!r}"
            )
        setattr(official, step, enrolled + timedelta(days=offset))
    return official


# --- self_assessment.toml ---------------------------------------------------------------------


def _option(indicator: Indicator, level: str) -> AnswerOption:
    """The option of the indicator's scale that says ``level``, whatever the scale."""
    options = indicator.scale.options
    measures = [o for o in options if o.counts_as_measure]
    others = [o for o in options if not o.counts_as_measure and not o.excluded]
    excluded = [o for o in options if o.excluded]
    unknown = [o for o in others if o.code == "no_sabe"]
    match level:
        case "yes":
            return measures[0]
        case "partly":
            return measures[min(1, len(measures) - 1)]
        case "not_applicable" if excluded:
            return excluded[0]
        case "unknown" if unknown:
            return unknown[0]
        case _:
            return others[0]


def answer_records(clock: Clock, questionnaire: Questionnaire) -> Iterator[IndicatorAnswer]:
    """One answer per indicator of the questionnaire; an indicator the data does not list (of a
    later version) takes ``unlisted``. A level is the answer whatever the indicator's scale; the
    groups reached are kept only where the indicator asks for them."""
    data = load("self_assessment")
    answers = _table(data, "answers", where("self_assessment"))
    unlisted = _table(data, "unlisted", where("self_assessment"))
    for indicator in questionnaire.indicators():
        if indicator.id in answers:
            at = where("self_assessment", "answers", indicator.id)
            fields = _table(answers, indicator.id, at)
        else:
            fields, at = unlisted, where("self_assessment", "unlisted")
        level = fields.get("level")
        if level not in LEVELS:
            raise DemoDataError(f"{at}: level {level!r} no es uno de {', '.join(LEVELS)}")
        given = _without(fields, "level")
        if not indicator.asks_groups:
            given = _without(given, *GROUP_FIELDS)
        given |= {
            "questionnaire_version": questionnaire.version,
            "indicator_id": indicator.id,
            "answer": _option(indicator, level).code,
        }
        record_id = IndicatorAnswer.id_for(CITY, questionnaire.version, indicator.id)
        yield record(IndicatorAnswer, record_id, CITY, given, clock, at)


# --- workshops.toml and report.toml -----------------------------------------------------------


def workshop_records(clock: Clock) -> Iterator[Workshop]:
    for n, fields in enumerate(_list(load("workshops"), "workshops", where("workshops"))):
        workshop = record(Workshop, "", CITY, fields, clock, where("workshops", "workshops", n))
        yield dataclasses.replace(workshop, id=Workshop.id_for(CITY, workshop.kind))


def _section_key(key: str, at: str) -> tuple[int, str]:
    if not key[:1].isdigit():
        raise DemoDataError(f"{at}: key {key!r} no es una sección (1–6, 2a…2h)")
    return int(key[0]), key[1:]


def report_records(clock: Clock) -> Iterator[Record]:
    """The sections' final texts, and the versions sent: those without the review's changes
    lack the parts added after IOM's comments on version 1."""
    data = load("report")
    first: dict[str, str] = {}
    final: dict[str, str] = {}
    for n, fields in enumerate(_list(data, "sections", where("report"))):
        at = where("report", "sections", n)
        key, text = fields.get("key"), fields.get("text")
        if not isinstance(key, str) or not isinstance(text, str):
            raise DemoDataError(f"{at}: una sección tiene key y text")
        unknown = set(fields) - {"key", "text", "added_after_review"}
        if unknown:
            raise DemoDataError(f"{at}: campos desconocidos {sorted(unknown)}")
        first[key] = clock.text(text, at)
        final[key] = first[key]
        if "added_after_review" in fields:
            final[key] += "\n\n" + clock.text(fields["added_after_review"], at)
    for key, text in final.items():
        section, dimension = _section_key(key, where("report", "sections"))
        yield ReportSection(
            id=ReportSection.id_for(CITY, section, dimension),
            city_id=CITY,
            section=section,
            dimension=dimension,
            text=text,
        )
    for n, fields in enumerate(_list(data, "versions", where("report"))):
        at = where("report", "versions", n)
        changes = fields.get("with_review_changes")
        if not isinstance(changes, bool):
            raise DemoDataError(f"{at}: with_review_changes debe ser true o false")
        given = _without(fields, "with_review_changes")
        given["sections"] = final if changes else first
        version = record(ReportVersion, "", CITY, given, clock, at)
        yield dataclasses.replace(version, id=ReportVersion.id_for(CITY, version.number))


# --- plan.toml: priorities, objectives, actions and their monitoring ---------------------------


def action_id(area: str, objective: int, action: int) -> str:
    return _id("action", area, str(objective), str(action))


def plan_records(clock: Clock) -> Iterator[Record]:
    for n, area in enumerate(_list(load("plan"), "areas", where("plan"))):
        at = where("plan", "areas", n)
        key = area.get("key")
        if not isinstance(key, str) or not key:
            raise DemoDataError(f"{at}: falta key (el id del área)")
        area_id = _id("priority_area", key)
        yield record(PriorityArea, area_id, CITY, _without(area, "key", "objectives"), clock, at)
        for o, objective in enumerate(_list(area, "objectives", at), start=1):
            o_at = f"{at}.objectives[{o - 1}]"
            objective_id = _id("objective", key, str(o))
            given = {**_without(objective, "actions"), "priority_area_id": area_id, "position": o}
            yield record(Objective, objective_id, CITY, given, clock, o_at)
            for a, action in enumerate(_list(objective, "actions", o_at), start=1):
                a_at = f"{o_at}.actions[{a - 1}]"
                found_id = action_id(key, o, a)
                given = {**_without(action, "updates"), "objective_id": objective_id, "position": a}
                yield record(Action, found_id, CITY, given, clock, a_at)
                for u, update in enumerate(_list(action, "updates", a_at), start=1):
                    yield record(
                        MonitoringUpdate, _id("monitoring_update", found_id, str(u)), CITY,
                        {**update, "action_id": found_id}, clock, f"{a_at}.updates[{u - 1}]",
                    )  # fmt: skip


# --- reviews.toml: IOM's side ------------------------------------------------------------------


def review_records(clock: Clock, questionnaire: Questionnaire) -> Iterator[Record]:
    data = load("reviews")
    for n, fields in enumerate(_list(data, "events", where("reviews")), start=1):
        event = record(ReviewEvent, "", CITY, fields, clock, where("reviews", "events", n - 1))
        yield dataclasses.replace(event, id=_id("review_event", event.deliverable.value, str(n)))
    yield from _comments(data, clock, questionnaire)
    milestones = _table(data, "milestones", where("reviews"))
    for name, day in milestones.items():
        at = where("reviews", "milestones", name)
        try:
            milestone = Milestone(name)
        except ValueError:
            known = ", ".join(m.value for m in Milestone)
            raise DemoDataError(f"{at}: hito desconocido (se conocen: {known})") from None
        yield PhaseDate(
            id=PhaseDate.id_for(CITY, milestone), city_id=CITY, milestone=milestone,
            on=clock.day(day, at),
        )  # fmt: skip
    yield record(
        Certification, Certification.id_for(CITY), CITY,
        _table(data, "certification", where("reviews")), clock, where("reviews", "certification"),
    )  # fmt: skip


def milestone_offset(milestone: Milestone, clock: Clock) -> timedelta:
    """How far from today the data puts a milestone."""
    at = where("reviews", "milestones", milestone.value)
    day = _table(load("reviews"), "milestones", where("reviews")).get(milestone.value)
    return clock.day(day, at) - clock.today


def _anchor_id(kind: object, anchor: object, version: str, at: str) -> str:
    if not isinstance(anchor, str):
        raise DemoDataError(f"{at}: falta anchor")
    if kind == IndicatorAnswer.KIND:
        return IndicatorAnswer.id_for(CITY, version, anchor)
    if kind == ReportSection.KIND:
        section, dimension = _section_key(anchor, at)
        return ReportSection.id_for(CITY, section, dimension)
    if kind == Action.KIND:
        parts = anchor.split("/")
        if len(parts) != 3 or not all(p.isdigit() for p in parts[1:]):
            raise DemoDataError(f"{at}: una acción se indica como área/objetivo/acción: {anchor}")
        return action_id(parts[0], int(parts[1]), int(parts[2]))
    kinds = (IndicatorAnswer.KIND, ReportSection.KIND, Action.KIND)
    raise DemoDataError(f"{at}: anchor_kind {kind!r} no es uno de {', '.join(kinds)}")


def _comments(data: Table, clock: Clock, questionnaire: Questionnaire) -> Iterator[Comment]:
    """Comments on what the questionnaire has (a later version may not have an indicator), each
    with its reply when the data gives one."""
    indicators = {i.id for i in questionnaire.indicators()}
    for n, fields in enumerate(_list(data, "comments", where("reviews"))):
        at = where("reviews", "comments", n)
        kind, anchor = fields.get("anchor_kind"), fields.get("anchor")
        if kind == IndicatorAnswer.KIND and anchor not in indicators:
            continue
        anchor_id = _anchor_id(kind, anchor, questionnaire.version, at)
        key = fields.get("key")
        if not isinstance(key, str) or not key:
            raise DemoDataError(f"{at}: falta key (el id del comentario)")
        given = {**_without(fields, "key", "anchor", "reply"), "anchor_id": anchor_id}
        comment = record(Comment, _id("comment", key), CITY, given, clock, at)
        yield comment
        if "reply" in fields:
            reply = {**_table(fields, "reply", at), "anchor_kind": kind, "anchor_id": anchor_id}
            reply["reply_to"] = comment.id
            yield record(Comment, _id("comment", key, "reply"), CITY, reply, clock, f"{at}.reply")
