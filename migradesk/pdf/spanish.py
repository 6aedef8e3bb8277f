"""Dates and numbers as Argentine readers write them: "25 de noviembre de 2026", "1.234,5"."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
MONTHS_SHORT = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")

NBSP = "\u00a0"


def long_date(day: date) -> str:
    """``25 de noviembre de 2026``."""
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def short_date(day: date | None, missing: str = "—") -> str:
    """``25/11/2026``."""
    return missing if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


def month_label(day: date) -> str:
    """``nov. 2026``."""
    return f"{MONTHS_SHORT[day.month - 1]}. {day.year}"


def number(value: float, decimals: int = 0) -> str:
    """es-AR grouping and decimal comma: ``1.234,5``; no ``-0``."""
    text = f"{abs(value):,.{decimals}f}"
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    negative = value < 0 and any(c not in "0.," for c in text)
    return f"-{text}" if negative else text


def percent(share: float, decimals: int = 0) -> str:
    """A share 0–1 as ``62,5 %`` (with a no-break space)."""
    return f"{number(share * 100, decimals)}{NBSP}%"
