"""Phase 2: the city's answers to the self-assessment indicators."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from migradesk.domain.base import Record, derived_id, register


@register
@dataclasses.dataclass(kw_only=True)
class IndicatorAnswer(Record):
    """The city's answer to one indicator of one questionnaire version (one per natural key)."""

    KIND: ClassVar[str] = "indicator_answer"
    LONG_TEXT: ClassVar[frozenset[str]] = frozenset({"measure_description", "evidence", "notes"})

    questionnaire_version: str
    indicator_id: str
    answer: str | None = None  # a code of the indicator's answer scale
    measure_description: str = ""
    responsible_area: str = ""
    legal_instrument: str = ""
    since_year: int | None = None
    evidence: str = ""
    reaches_women: bool = False
    reaches_children: bool = False
    reaches_other_vulnerable: bool = False
    other_groups: str = ""
    notes: str = ""

    @staticmethod
    def id_for(city_id: str, questionnaire_version: str, indicator_id: str) -> str:
        return derived_id("indicator_answer", city_id, questionnaire_version, indicator_id)

    @classmethod
    def blank(cls, city_id: str, questionnaire_version: str, indicator_id: str) -> IndicatorAnswer:
        return cls(
            id=cls.id_for(city_id, questionnaire_version, indicator_id),
            city_id=city_id,
            questionnaire_version=questionnaire_version,
            indicator_id=indicator_id,
        )

    @property
    def has_measures(self) -> bool:
        return bool(self.measure_description.strip())
