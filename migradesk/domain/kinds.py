"""Imports every record module so that the kind registry is complete."""

from migradesk.domain import application, assessment, city, people, plan, report, review
from migradesk.domain.base import record_type, record_types

__all__ = [
    "application",
    "assessment",
    "city",
    "people",
    "plan",
    "record_type",
    "record_types",
    "report",
    "review",
]
