"""Refresh the translation files: ``python -m migradesk.ui.i18n_update``.

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate`` string of
   ``migradesk/ui`` into ``resources/translations/migradesk_en.ts`` (keeping existing
   translations; obsolete ones are dropped).
2. Translate the new entries (Qt Linguist: ``pyside6-linguist``, or edit the XML).
3. ``pyside6-lrelease`` compiles the .ts into the shipped ``migradesk_en.qm``.

``--check`` only reports untranslated or missing strings (what tests/ui/test_translations.py
enforces) and exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from migradesk.assets import resource

UI_DIR = Path(__file__).resolve().parent
TS_FILE = resource("translations", "migradesk_en.ts")


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_file: Path, no_obsolete: bool = True) -> None:
    args = [_tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts_file)]
    if no_obsolete:
        args.insert(-2, "-no-obsolete")
    subprocess.run(args, check=True, capture_output=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    args = [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    subprocess.run(args, check=True, capture_output=True)


def messages(ts_file: Path) -> dict[tuple[str, str], bool]:
    """(context, source) → whether a finished translation exists."""
    found: dict[tuple[str, str], bool] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            if translation is not None and finished:
                forms = translation.findall("numerusform")
                text = "".join(f.text or "" for f in forms) if forms else translation.text
                finished = bool(text and text.strip())
            found[(name, source)] = finished
    return found


def problems() -> list[str]:
    """Strings of the code that the shipped .ts lacks or leaves unfinished."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh)
        wanted = messages(fresh)
    shipped = messages(TS_FILE) if TS_FILE.exists() else {}
    return [
        f"{ctx}: {src!r}" + (" (missing)" if (ctx, src) not in shipped else " (unfinished)")
        for ctx, src in sorted(wanted)
        if not shipped.get((ctx, src))
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    args = parser.parse_args(argv)
    if args.check:
        missing = problems()
        print("\n".join(missing) or "All strings translated.")
        return 1 if missing else 0
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS_FILE)
    lrelease(TS_FILE, TS_FILE.with_suffix(".qm"))
    missing = problems()
    print(f"Updated {TS_FILE.name}; {len(missing)} string(s) still need an English translation.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
