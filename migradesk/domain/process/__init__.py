"""The process model: the guide as a state table (``shared/design/process.md``), the one place
its rules live. Qt-free; the desktop's pages, the navigator, the PDFs, the server's review API
and ``migradesk status`` all ask it.

- ``reviews``: each deliverable's state from its review events, in the server's order;
- ``course``: Phase 1, who must finish the course and by when;
- ``complete``: what a deliverable lacks before it can be sent;
- ``gates``: ``can(actor, act, deliverable, file=, today=)`` with what is missing, in Spanish;
- ``requirements``: Phase 5, what certification needs;
- ``schedule``: the calendar's inputs and the city's deadlines;
- ``steps``: the app's steps, their titles and states;
- ``next_actions``: what comes next per open step, who does it, by when, where;
- ``overview``: a city at a glance, for a table of cities.
"""

from migradesk.domain.process.course import Course, CourseState, course
from migradesk.domain.process.gates import Act, Verdict, act_of, can, can_any, can_role
from migradesk.domain.process.next_actions import NextAction, agenda, headline, next_actions
from migradesk.domain.process.overview import CityOverview, overview
from migradesk.domain.process.requirements import Item, ItemState, Requirement, checklist
from migradesk.domain.process.reviews import Review, Stage, is_locked, review
from migradesk.domain.process.schedule import anchors_and_done, deadlines
from migradesk.domain.process.steps import StepState, StepSummary, step_state, summaries

__all__ = [
    "Act",
    "CityOverview",
    "Course",
    "CourseState",
    "Item",
    "ItemState",
    "NextAction",
    "Requirement",
    "Review",
    "Stage",
    "StepState",
    "StepSummary",
    "Verdict",
    "act_of",
    "agenda",
    "anchors_and_done",
    "can",
    "can_any",
    "can_role",
    "checklist",
    "course",
    "deadlines",
    "headline",
    "is_locked",
    "next_actions",
    "overview",
    "review",
    "step_state",
    "summaries",
]
