"""The demo city: a complete, consistent file that can be written any number of times."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from migradesk.demo import DEMO_CITY_ID, demo_records, write_demo
from migradesk.domain.actors import Actor
from migradesk.domain.base import to_wire
from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import is_overdue, latest_update
from migradesk.domain.process import Act, Stage, can, review
from migradesk.domain.questionnaire import load_questionnaire
from migradesk.domain.report import REPORT_SECTIONS, ReportStatus, WorkshopKind
from migradesk.domain.review import Comment, Deliverable, Milestone, PhaseDate, ReviewState
from migradesk.storage.store import Store

TODAY = date(2025, 6, 2)
DIMENSIONS = "abcdefgh"


@pytest.fixture
def city_file(tmp_path: Path) -> CityFile:
    city_id = write_demo(tmp_path, TODAY)
    with Store.open(tmp_path) as store:
        return store.load_city_file(city_id)


def test_the_city_is_the_fictional_border_city(city_file: CityFile) -> None:
    assert city_file.city.id == DEMO_CITY_ID
    assert city_file.city.name == "Santa Rosa del Cerro"
    assert city_file.city.is_border and city_file.city.is_department_head
    application = city_file.application
    assert application is not None
    assert application.mayor_name and application.migration_context
    assert application.letter_signed_on and application.submitted_on
    assert application.confirmation_sent_on
    assert application.submitted_on < application.confirmation_sent_on < TODAY


def test_every_indicator_has_an_answer(city_file: CityFile) -> None:
    questionnaire = load_questionnaire()
    answers = city_file.answers(questionnaire.version)
    for indicator in questionnaire.indicators():
        answer = answers[indicator.id]
        option = indicator.scale.option(answer.answer or "")
        if option.counts_as_measure:
            assert answer.measure_description and answer.responsible_area
            assert answer.legal_instrument and answer.evidence
            assert answer.since_year is not None and answer.since_year <= TODAY.year
        else:
            assert answer.notes and not answer.measure_description


def test_answers_are_varied(city_file: CityFile) -> None:
    questionnaire = load_questionnaire()
    answers = list(city_file.answers(questionnaire.version).values())
    measures = [a for a in answers if a.has_measures]
    assert 0.45 <= len(measures) / len(answers) <= 0.65
    assert len({a.measure_description for a in measures}) == len(measures)
    assert {a.answer for a in answers} >= {"si", "en_desarrollo", "no", "no_sabe", "no_aplica"}


def test_the_focal_point_has_a_predecessor(city_file: CityFile) -> None:
    current = city_file.focal_point
    assert current is not None and current.substitution_letter_on is not None
    first, second = city_file.focal_point_history
    assert second == current
    assert first.until == current.since and first.reason_for_leaving
    officials = city_file.officials
    assert 8 <= len(officials) <= 10
    assert officials[0].is_focal_point and officials[0].name == current.name
    assert sum(not o.course_completed for o in officials) in (1, 2)
    assert {o.gender for o in officials} >= {"mujer", "varon"}


def test_workshops_and_report(city_file: CityFile) -> None:
    diagnostic = city_file.workshop(WorkshopKind.DIAGNOSTIC)
    assert diagnostic is not None and len(diagnostic.attendees) >= 12
    assert city_file.workshop(WorkshopKind.PLANNING) is not None

    sections = city_file.report_sections
    assert {s.section for s in sections.values()} == set(REPORT_SECTIONS)
    assert {s.dimension for s in sections.values() if s.section == 2} == set(DIMENSIONS)
    for key, section in sections.items():
        words = len(re.findall(r"\w+", section.text))
        assert 150 <= words <= 400, key
        assert section.text.startswith("### ")

    first, final = city_file.report_versions
    assert (first.status, final.status) == (ReportStatus.SENT, ReportStatus.FINAL)
    assert set(final.sections) == set(sections) == set(first.sections)
    assert final.sections == {key: s.text for key, s in sections.items()}
    changed = {key for key in final.sections if final.sections[key] != first.sections[key]}
    assert changed == {"2c", "5"}


def test_plan_and_monitoring(city_file: CityFile) -> None:
    selected = [a for a in city_file.priority_areas if a.selected]
    assert 5 <= len(city_file.priority_areas) <= 6 and len(selected) == 4
    actions = [
        action
        for area in selected
        for objective in city_file.objectives_of(area.id)
        for action in city_file.actions_of(objective.id)
    ]
    assert len(actions) >= 18
    updates = [u for a in actions for u in city_file.updates_of(a.id)]
    assert all(u.reported_on <= TODAY for u in updates)
    assert sum(bool(city_file.updates_of(a.id)) for a in actions) > len(actions) / 2
    overdue = [a for a in actions if is_overdue(a, latest_update(updates, a.id), TODAY)]
    assert 1 < len(overdue) < len(actions) / 4
    starts = [a.start for a in actions if a.start]
    ends = [a.end for a in actions if a.end]
    assert min(starts) < TODAY - timedelta(days=60) and max(ends) > TODAY + timedelta(days=300)


def test_iom_side(city_file: CityFile) -> None:
    for deliverable in Deliverable:
        assert review(city_file, deliverable).stage is Stage.DONE
    report = [e.state for e in review(city_file, Deliverable.REPORT).events]
    assert report == [
        ReviewState.SENT,
        ReviewState.RECEIVED,
        ReviewState.HAS_ISSUES,
        ReviewState.VALIDATED,
        ReviewState.SENT,
        ReviewState.APPROVED,
    ]
    # Every phase date IOM sets; the plan's validation is its review, not a date.
    assert {p.milestone for p in city_file.all(PhaseDate)} == set(Milestone) - {
        Milestone.ACTION_PLAN_VALIDATED
    }
    assert not can(Actor.IOM, Act.CERTIFY, file=city_file, today=TODAY).missing
    certification = city_file.certification
    assert certification is not None and certification.certified_on is not None
    assert certification.certified_on < TODAY and certification.ceremony_place


def test_comments_are_anchored_to_existing_records(city_file: CityFile) -> None:
    ids = {r.id for r in city_file}
    comments = city_file.all(Comment)
    assert {c.anchor_kind for c in comments} == {"indicator_answer", "report_section", "action"}
    assert all(c.anchor_id in ids for c in comments)
    replies = [c for c in comments if c.reply_to]
    assert len(replies) == 3 and all(r.reply_to in ids for r in replies)
    assert {r.author_role for r in replies} == {"focal_point"}


def test_writing_twice_changes_nothing(tmp_path: Path) -> None:
    write_demo(tmp_path, TODAY)
    with Store.open(tmp_path) as store:
        pending = store.pending_count()
        assert store.save_all(demo_records(TODAY)) == 0
    write_demo(tmp_path, TODAY)
    write_demo(tmp_path)  # without a date: keeps the dates already written
    with Store.open(tmp_path) as store:
        assert store.pending_count() == pending


def test_writing_on_another_day_keeps_append_only_records(tmp_path: Path) -> None:
    write_demo(tmp_path, TODAY)
    write_demo(tmp_path, TODAY + timedelta(days=10))
    with Store.open(tmp_path) as store:
        file = store.load_city_file(DEMO_CITY_ID)
    assert file.certification is not None
    assert file.certification.certified_on == TODAY + timedelta(days=10 - 30)
    written_once = CityFile.from_records(file.city, demo_records(TODAY))
    assert len(file.all(Comment)) == len(written_once.all(Comment))


def test_no_placeholder_text() -> None:
    text = json.dumps([to_wire(r) for r in demo_records(TODAY)], ensure_ascii=False)
    assert "TODO" not in text
    assert not re.search(r"lorem|ipsum|xxx|fixme|\{y\d+\}", text, re.IGNORECASE)


def test_the_demo_is_never_queued_for_sending(tmp_path: Path) -> None:
    """Nothing of the demo waits to be sent: not its records, not the user's edits in it."""
    write_demo(tmp_path, TODAY)
    with Store.open(tmp_path) as store:
        assert store.pending_count() == 0
        file = store.load_city_file(DEMO_CITY_ID)
        focal = file.focal_point
        assert focal is not None
        store.save(dataclasses.replace(focal, phone="+54 388 400-0000"))
        store.delete(type(focal), focal.id, DEMO_CITY_ID)
        assert store.outbox_entries() == []


def test_migradesk_demo_writes_into_its_own_folder_not_the_users_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from migradesk import cli, logs, paths

    monkeypatch.setenv("MIGRADESK_DATA_DIR", str(tmp_path))
    try:
        assert cli.main(["demo"]) == 0
    finally:
        logs.stop()
    assert str(paths.demo_dir(tmp_path)) in capsys.readouterr().out
    assert not (tmp_path / "migradesk.sqlite3").exists()
    with Store.open(paths.demo_dir(tmp_path)) as store:
        assert [c.id for c in store.cities()] == [DEMO_CITY_ID]
