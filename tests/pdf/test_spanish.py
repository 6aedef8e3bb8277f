from datetime import date

from migradesk.pdf.spanish import long_date, month_label, number, percent, short_date


def test_dates_are_written_in_spanish() -> None:
    assert long_date(date(2026, 11, 25)) == "25 de noviembre de 2026"
    assert long_date(date(2027, 1, 1)) == "1 de enero de 2027"
    assert short_date(date(2026, 3, 5)) == "05/03/2026"
    assert short_date(None) == "—"
    assert month_label(date(2026, 9, 30)) == "sep. 2026"


def test_numbers_use_argentine_separators() -> None:
    assert number(1234.5, 1) == "1.234,5"
    assert number(38120) == "38.120"
    assert number(1234567.891, 2) == "1.234.567,89"
    assert number(-0.01, 1) == "0,0"
    assert number(-12.5, 1) == "-12,5"
    assert percent(0.625, 1) == "62,5\u00a0%"
    assert percent(1.0) == "100\u00a0%"
