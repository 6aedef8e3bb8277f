"""Dates and numbers as Argentina writes them (es-AR: 15/03/2026, 12.345), whatever the
interface language; the names of months in the interface's language ("26 October 2026" in an
English window, never "26 de octubre de 2026")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

if TYPE_CHECKING:
    from datetime import date, datetime

AR = QLocale(QLocale.Language.Spanish, QLocale.Country.Argentina)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)  # month names only
DATE_FORMAT = "dd/MM/yyyy"


def fmt_date(day: date | None) -> str:
    return "" if day is None else AR.toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def fmt_long_date(day: date | datetime | None) -> str:
    """'3 de marzo de 2026'; in English, '3 March 2026'."""
    if day is None:
        return ""
    words = _words()
    pattern = "d 'de' MMMM 'de' yyyy" if words is AR else "d MMMM yyyy"
    return words.toString(QDate(day.year, day.month, day.day), pattern)


def fmt_short_month(day: date) -> str:
    """'mar 2026' ('Mar 2026' in English), for axes."""
    return _words().toString(QDate(day.year, day.month, day.day), "MMM yyyy").replace(".", "")


def _words() -> QLocale:
    """The locale of words in dates: the interface's language (day before month in both)."""
    from migradesk.ui import i18n

    return AR if i18n.current_language() == "es" else EN


def fmt_int(value: int | None) -> str:
    return "" if value is None else AR.toString(value)


def fmt_float(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return AR.toString(int(value))
    return AR.toString(value, "f", decimals)


def fmt_percent(share: float) -> str:
    return f"{AR.toString(round(share * 100))} %"


def parse_date(text: str) -> date | None:
    """'' → None; 'd/m/aaaa' (also with - or .) → date; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    parts = text.replace("-", "/").replace(".", "/").split("/")
    try:
        if len(parts) != 3 or len(parts[2]) != 4:
            raise ValueError
        from datetime import date  # (``datetime`` loads after the first paint)

        return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "formats", "Escriba la fecha como dd/mm/aaaa, por ejemplo 15/03/2026."
            )
        ) from None


def parse_int(text: str, minimum: int = 0) -> int | None:
    """'' → None; '12.345' or '12345' → 12345; raises ValueError with a message otherwise."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    digits = text.replace(".", "")
    if not digits.lstrip("-").isdigit():
        raise ValueError(
            QCoreApplication.translate(
                "formats", "Escriba un número entero, sin letras ni decimales."
            )
        )
    value = int(digits)
    if value < minimum:
        raise ValueError(
            QCoreApplication.translate("formats", "El número no puede ser menor que %1.").replace(
                "%1", fmt_int(minimum)
            )
        )
    return value


def parse_float(text: str) -> float | None:
    """'' → None; '1.234,5' or '1234.5' → 1234.5."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    normalised = text.replace(".", "").replace(",", ".") if "," in text else text
    try:
        value = float(normalised)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("formats", "Escriba un número, por ejemplo 1.234,5.")
        ) from None
    if value < 0:
        raise ValueError(QCoreApplication.translate("formats", "El número no puede ser negativo."))
    return value
