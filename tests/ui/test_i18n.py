"""The interface language: --lang for one run, else the user's choice, else (first start) the
system's: English only when the system speaks English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from migradesk.cli import build_parser

from migradesk.ui import i18n


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["en-US"], "en"),
        (["en-GB", "en"], "en"),
        (["en"], "en"),
        (["es-AR", "es"], "es"),
        (["fr-FR", "en-US"], "es"),  # the first one counts
        (["pt-BR"], "es"),
        ([], "es"),
    ],
)
def test_english_only_when_the_system_speaks_english(
    ui_languages: list[str], expected: str
) -> None:
    assert i18n.language_for(ui_languages) == expected


def test_the_flag_wins_for_this_run_only_then_the_saved_choice() -> None:
    assert i18n.choose("en", "es") == ("en", False)
    assert i18n.choose(None, "en") == ("en", False)
    assert i18n.choose(None, "") == (i18n.system_language(), True)
    assert i18n.choose("xx", "es") == ("es", False)


def test_the_command_line_takes_lang() -> None:
    assert build_parser().parse_args(["--lang", "en"]).lang == "en"
    assert build_parser().parse_args([]).lang is None
    shots = build_parser().parse_args(["screenshots", "--out", "x", "--scale", "125%"])
    assert (shots.scale, shots.shots_lang) == (1.25, "es")


START = """
import sys
from pathlib import Path
from migradesk.ui import app, i18n, settings
settings.use_settings_path(Path(sys.argv[1]))
app.make_application(language=sys.argv[2] or None)
settings.sync()
print(i18n.current_language(), settings.LANGUAGE.get())
"""


def _start(tmp_path: Path, locale: str, flag: str = "") -> list[str]:
    """A fresh process with the system's locale set as the environment sets it on Linux."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=locale, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path), flag],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.split()


def test_the_first_start_follows_the_system_and_remembers_it(tmp_path: Path) -> None:
    english, spanish, french = tmp_path / "en", tmp_path / "es", tmp_path / "fr"
    assert _start(english, "en_US.UTF-8") == ["en", "en"]
    assert _start(spanish, "es_AR.UTF-8") == ["es", "es"]
    assert _start(french, "fr_FR.UTF-8") == ["es", "es"]
    # Chosen once: a later start keeps it whatever the locale says; --lang only for its run.
    assert _start(english, "es_AR.UTF-8") == ["en", "en"]
    assert _start(english, "en_US.UTF-8", flag="es") == ["es", "en"]
