"""PDF export of the demo city: evaluation report ≤ 0.5 s, full dossier ≤ 2 s (medians, warm).

Run alone with ``python bench/pdf_export.py`` or with the others via ``python -m bench pdf_export``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``migradesk`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.table import Row, median, print_table, timed_ms
from migradesk.demo import write_demo
from migradesk.storage import Store

TODAY = date(2026, 11, 25)


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data_dir = folder / "data"
        city_id = write_demo(data_dir, TODAY)
        with Store.open(data_dir) as store:
            file = store.load_city_file(city_id)

        start = time.perf_counter()
        from migradesk.domain.questionnaire import load_questionnaire
        from migradesk.pdf.dossier import render_dossier
        from migradesk.pdf.letters import letter_of_intent, render_letter
        from migradesk.pdf.report import render_report

        questionnaire = load_questionnaire()
        render_report(file, questionnaire, folder / "first.pdf", today=TODAY)
        first = (time.perf_counter() - start) * 1000

        report = median(
            timed_ms(
                lambda: render_report(
                    file, questionnaire, folder / "report.pdf", today=TODAY, with_comments=True
                ),
                7,
            )
        )
        dossier = median(
            timed_ms(
                lambda: render_dossier(file, questionnaire, folder / "dossier.pdf", today=TODAY),
                5,
            )
        )
        letter = median(
            timed_ms(
                lambda: render_letter(file, letter_of_intent(file, TODAY), folder / "l.pdf"), 7
            )
        )
        pages = _pages(folder / "dossier.pdf")
        size = (folder / "dossier.pdf").stat().st_size / 1024
    return [
        Row("PDF: first export in a process (imports, fonts)", first, "ms"),
        Row(
            "PDF: evaluation report with comments (median)", report, "ms", "≤ 500 ms", report <= 500
        ),
        Row(
            f"PDF: dossier of the demo city, {pages} pages, {size:,.0f} KiB (median)",
            dossier,
            "ms",
            "≤ 2000 ms",
            dossier <= 2000,
        ),
        Row("PDF: letter of intent (median)", letter, "ms"),
    ]


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


if __name__ == "__main__":
    rows = run()
    print_table(rows)
    sys.exit(0 if all(r.ok is not False for r in rows) else 1)
