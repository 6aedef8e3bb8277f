"""A Hypothesis state machine: two city desktops and a reviewer edit, create, delete, resolve,
go offline and sync through random faults against the real server app (in-process, SQLite).

Invariants: no duplicate records for one natural key, no change applied twice, no value lost
silently (every value that left a desktop is current, or in a history or a conflict — for an
edit of a record someone deleted, the whole-record conflict holding the local values — unless
someone who had seen it replaced it), and after a final settle every desktop equals the server.

Profiles: ``HYPOTHESIS_PROFILE=ci`` (the default: 500 examples) or ``dev`` (60).
"""

from __future__ import annotations

import atexit
import json
import os
import random
import shutil
import sqlite3
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import synckit
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Role
from migradesk.domain.plan import Action
from migradesk.domain.review import Comment, Milestone, PhaseDate
from migradesk.server import db
from migradesk.storage import Store
from migradesk.storage.outbox import EntryState
from migradesk.storage.schema import conflicts, history
from migradesk.storage.sync import resolution, sync_status
from migradesk.sync.transport import Request

settings.register_profile(
    "ci",
    max_examples=500,
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", parent=settings.get_profile("ci"), max_examples=60)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

CITY = synckit.CITY.id
USERS = {"a": "punto.focal", "b": "otra.persona", "r": "revisora"}
INDICATORS = ("a01", "a02", "b01")
ANSWER_FIELDS = ("answer", "notes", "measure_description")  # one short, two long texts
SCRATCH = Path("/dev/shm") if Path("/dev/shm").is_dir() else None


class _Pool:
    """One server and three desktops for the whole session, reset to copies of their first
    state before each example: SQLAlchemy caches compiled SQL per engine, so keeping the
    engines makes an example several times cheaper than opening new ones."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="migradesk-sm-", dir=SCRATCH))
        atexit.register(shutil.rmtree, self.dir, True)
        self.server_file = self.dir / "server.sqlite3"
        self.server = synckit.Server(f"sqlite:///{self.server_file}")
        self.server.add_city()
        roles = {"a": Role.FOCAL_POINT, "b": Role.OFFICIAL, "r": Role.REVIEWER}
        for key, username in USERS.items():
            self.server.add_user(username, roles[key], [CITY] if key != "r" else [])
        self.stores = {
            key: synckit.fresh_store(self.dir / key, self.dir / "plantilla") for key in USERS
        }
        self.tokens = {
            k: synckit.login_token(self.server.transport(), u, self.stores[k])
            for k, u in USERS.items()
        }
        self.files = [self.server_file, *(store.path for store in self.stores.values())]
        self._dispose()
        for path in self.files:
            _copy_database(path, path.with_name(path.name + ".inicial"))

    def _dispose(self) -> None:
        self.server.engine.dispose()
        for store in self.stores.values():
            store.engine.dispose()

    def reset(self) -> None:
        self._dispose()
        for path in self.files:
            _copy_database(path.with_name(path.name + ".inicial"), path)


def _copy_database(source: Path, target: Path) -> None:
    """Copy through SQLite's backup API: overwriting the file under a connection that is still
    open (or its WAL) corrupts it; the backup API goes through SQLite's own locking."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


_pool: _Pool | None = None


def pool() -> _Pool:
    global _pool
    if _pool is None:
        _pool = _Pool()
    return _pool


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        shared = pool()
        shared.reset()
        self.server = shared.server
        self.links: dict[str, synckit.FaultyTransport] = {}
        self.desks: dict[str, synckit.Desktop] = {}
        self.fault_rng = random.Random(0)
        self.fault_rate = 0.0
        for key in USERS:
            link = synckit.FaultyTransport(synckit.DirectTransport(self.server), self._plan)
            self.links[key] = link
            self.desks[key] = synckit.Desktop(
                key, shared.stores[key], link, shared.tokens[key], [CITY]
            )
        self.counter = 0
        self.sent: set[tuple[str, str, str]] = set()  # values that left a desktop
        self.replaced: set[tuple[str, str, str]] = set()  # values someone saw and replaced
        self.actions: list[str] = []
        self.mutation_ids: dict[str, set[str]] = {key: set() for key in USERS}

    def _plan(self, _request: Request) -> str:
        if self.fault_rng.random() < self.fault_rate:
            return self.fault_rng.choice(synckit.FAULTS[1:])
        return "ok"

    def teardown(self) -> None:
        pool().reset()

    def _value(self, who: str) -> str:
        self.counter += 1
        return f"{who}{self.counter}"

    def _save(self, who: str, record: Any, field: str, value: Any, old: Any) -> None:
        self.replaced.add((record.id, field, _key(old)))
        setattr(record, field, value)
        self.desks[who].store.save(record)

    # Rules

    @rule(
        who=st.sampled_from("ab"),
        indicator=st.sampled_from(INDICATORS),
        field=st.sampled_from(ANSWER_FIELDS),
    )
    def edit_answer(self, who: str, indicator: str, field: str) -> None:
        store = self.desks[who].store
        blank = IndicatorAnswer.blank(CITY, "1", indicator)
        answer = store.get(IndicatorAnswer, blank.id) or blank
        old = getattr(answer, field)
        self._save(who, answer, field, self._value(who), old)

    @rule(who=st.sampled_from("ab"))
    def create_action(self, who: str) -> None:
        action = Action(city_id=CITY, objective_id="o", title=self._value(who))
        self.desks[who].store.save(action)
        self.actions.append(action.id)

    @precondition(lambda self: self.actions)
    @rule(
        who=st.sampled_from("ab"),
        pick=st.integers(0, 50),
        field=st.sampled_from(("title", "description")),
    )
    def edit_action(self, who: str, pick: int, field: str) -> None:
        action = self.desks[who].store.get(Action, self.actions[pick % len(self.actions)])
        if action is not None:
            self._save(who, action, field, self._value(who), getattr(action, field))

    @precondition(lambda self: self.actions)
    @rule(who=st.sampled_from("ab"), pick=st.integers(0, 50))
    def delete_action(self, who: str, pick: int) -> None:
        self.desks[who].store.delete(Action, self.actions[pick % len(self.actions)])

    @precondition(lambda self: self.actions)
    @rule(
        who=st.sampled_from("ab"),
        pick=st.integers(0, 50),
        field=st.sampled_from(("title", "description")),
    )
    def edit_while_deleted_elsewhere(self, who: str, pick: int, field: str) -> None:
        """Edit vs delete: ``who`` edits an action the other desktop deletes and syncs."""
        other = "b" if who == "a" else "a"
        record_id = self.actions[pick % len(self.actions)]
        if any(self.desks[k].store.get(Action, record_id) is None for k in (who, other)):
            for key in (who, other, who):  # let both desktops know it first, if they can
                self._note_outgoing(key)
                self.desks[key].sync(max_attempts=3, max_batch=3)
        action = self.desks[who].store.get(Action, record_id)
        if action is None or self.desks[other].store.get(Action, record_id) is None:
            return
        self._save(who, action, field, self._value(who), getattr(action, field))
        self.desks[other].store.delete(Action, record_id)
        self._note_outgoing(other)
        self.desks[other].sync(max_attempts=3, max_batch=3)

    @rule(who=st.sampled_from("abr"))
    def comment(self, who: str) -> None:
        role = {"a": Role.FOCAL_POINT, "b": Role.OFFICIAL, "r": Role.REVIEWER}[who]
        self.desks[who].store.save(
            Comment(
                city_id=CITY,
                anchor_kind="city",
                anchor_id=CITY,
                author=USERS[who],
                author_role=role,
                body=self._value(who),
                created_at=datetime.now(UTC),
            )
        )

    @rule(milestone=st.sampled_from(list(Milestone)[:2]), day=st.integers(1, 28))
    def reviewer_sets_a_date(self, milestone: Milestone, day: int) -> None:
        store = self.desks["r"].store
        record_id = PhaseDate.id_for(CITY, milestone)
        found = store.get(PhaseDate, record_id)
        if found is None:
            store.save(
                PhaseDate(id=record_id, city_id=CITY, milestone=milestone, on=date(2026, 4, day))
            )
        else:
            self._save("r", found, "on", date(2026, 4, day), found.on.isoformat())

    @rule(who=st.sampled_from("ab"), choice=st.sampled_from(list(resolution.Resolution)))
    def resolve(self, who: str, choice: resolution.Resolution) -> None:
        store = self.desks[who].store
        for conflict in sync_status.open_conflicts(store)[:1]:
            if conflict.deleted:  # restore with my edits, or accept the deletion
                if choice is resolution.Resolution.MERGED:
                    choice = resolution.Resolution.KEEP_MINE
            elif choice is not resolution.Resolution.LATER:
                self.replaced.add((conflict.record_id, conflict.field, _key(conflict.mine)))
                self.replaced.add((conflict.record_id, conflict.field, _key(conflict.theirs)))
            merged = self._value(who) if choice is resolution.Resolution.MERGED else None
            resolution.resolve_conflict(store, conflict.id, choice, merged)

    @rule(who=st.sampled_from("abr"))
    def toggle_network(self, who: str) -> None:
        self.links[who].offline = not self.links[who].offline

    @rule(
        who=st.sampled_from("abr"),
        seed=st.integers(0, 2**16),
        rate=st.sampled_from([0.0, 0.2, 0.5]),
    )
    def sync(self, who: str, seed: int, rate: float) -> None:
        desk = self.desks[who]
        self._note_outgoing(who)
        self.fault_rng.seed(seed)
        self.fault_rate = rate
        report = desk.sync(max_attempts=3, max_batch=3)
        self.fault_rate = 0.0
        if not self.links[who].offline and rate == 0.0:
            assert report.ok, report.log

    def _note_outgoing(self, who: str) -> None:
        for entry in self.desks[who].store.outbox_entries():
            self.mutation_ids[who].add(entry.mutation_id)
            for name, (_old, new) in entry.changes.items():
                self.sent.add((entry.record_id, name, _key(new)))

    # Invariants

    @invariant()
    def nothing_applied_twice_or_unknown(self) -> None:
        for who, desk in self.desks.items():
            answered = set(self.server.answered(desk.store.client_id))
            assert answered <= self.mutation_ids[who]
            for entry in desk.store.outbox_entries():
                if entry.state is EntryState.PENDING:
                    assert entry.mutation_id not in answered

    @invariant()
    def one_record_per_natural_key(self) -> None:
        with db.read(self.server.engine) as conn:
            rows = conn.execute(
                sa.select(db.records.c.fields).where(db.records.c.kind == "indicator_answer")
            )
            keys = [(f["questionnaire_version"], f["indicator_id"]) for (f,) in rows]
        assert len(keys) == len(set(keys))

    # The final settle

    def settle(self) -> None:
        for link in self.links.values():
            link.offline = False
        for key in USERS:
            self._note_outgoing(key)
        for _round in range(6):
            busy = False
            for key, desk in self.desks.items():
                for conflict in sync_status.open_conflicts(desk.store):
                    # Edits of a deleted record: "a" restores them, the others accept.
                    choice = resolution.Resolution.KEEP_THEIRS
                    if conflict.deleted and key == "a":
                        choice = resolution.Resolution.KEEP_MINE
                    resolution.resolve_conflict(desk.store, conflict.id, choice)
                self._note_outgoing(key)
                report = desk.sync()
                assert report.ok, report.log
                busy |= bool(report.pushed or report.conflicts)
            if not busy:  # a whole round without a push: every desktop pulled the final state
                break
        for desk in self.desks.values():
            synckit.assert_outbox_empty(desk.store)
            synckit.assert_converged(self.server, desk.store, CITY)
        self._nothing_lost()

    def _nothing_lost(self) -> None:
        kept = self.server.history_values(CITY)
        for record_id, (_v, _d, fields) in self.server.records(CITY).items():
            kept.update((record_id, name, _key(value)) for name, value in fields.items())
        for desk in self.desks.values():
            kept.update(_local_kept(desk.store))
        lost = self.sent - self.replaced - kept
        assert not lost, lost


def _local_kept(store: Store) -> set[tuple[str, str, str]]:
    found: set[tuple[str, str, str]] = set()
    with store.engine.connect() as conn:
        for r in conn.execute(sa.select(history)):
            found.add((r.record_id, r.field, _key(r.value)))
        for r in conn.execute(sa.select(conflicts)):
            if r.field == sync_status.WHOLE_RECORD:  # edits of a record someone deleted
                found.update((r.record_id, name, _key(value)) for name, value in r.mine.items())
                continue
            found.add((r.record_id, r.field, _key(r.mine)))
            found.add((r.record_id, r.field, _key(r.theirs)))
    return found


class SettlingMachine(SyncMachine):
    def teardown(self) -> None:
        try:
            self.settle()
        finally:
            super().teardown()


TestSync = pytest.mark.slow(SettlingMachine.TestCase)
