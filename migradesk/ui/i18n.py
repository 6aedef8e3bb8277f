"""Qt's translation system: Spanish source strings, an English .qm, Qt's own dialogs in Spanish.

Source strings are Spanish (``self.tr`` / ``QCoreApplication.translate``). English comes from
``resources/translations/migradesk_en.qm`` (built from the .ts by ``i18n_update.py``).

The language: ``--lang`` for one run, else the one chosen in Preferencias ▸ Idioma, else (the
first start) the system's: English when its interface language is English, Spanish otherwise
(``choose``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from migradesk.assets import resource

LANGUAGES = {"es": "Español", "en": "English"}
DEFAULT_LANGUAGE = "es"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context`` and returns it as is, typed ``str``: the
    constant is shown later with ``translate(context, constant)``. PySide6's own returns
    ``object`` in its stubs, which would make every label constant untyped."""
    return text


_installed: list[QTranslator] = []
_installed_language: str | None = None


def _set_language(language: str) -> None:
    global _installed_language
    _installed_language = language


def language_for(ui_languages: list[str]) -> str:
    """'en' when the first of the system's interface languages (BCP 47: "en-GB", "es-AR") is
    English, else Spanish: the users are Spanish speakers, English is for IOM's staff."""
    first = ui_languages[0].lower() if ui_languages else ""
    return "en" if first == "en" or first.startswith(("en-", "en_")) else DEFAULT_LANGUAGE


def system_language() -> str:
    """From the system's locale (on Linux LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    return language_for(QLocale.system().uiLanguages())


def choose(override: str | None, saved: str) -> tuple[str, bool]:
    """(the language to use, whether to save it as the user's setting): ``override`` (``--lang``)
    for this run only; else the saved choice; else the system's, saved at this first start."""
    if override in LANGUAGES:
        return override, False
    if saved in LANGUAGES:
        return saved, False
    return system_language(), True


def translations_dir() -> Path:
    return resource("translations")


def install(language: str) -> None:
    """Replace the installed translators with those of ``language`` ('es' or 'en')."""
    app = QCoreApplication.instance()
    assert app is not None
    if _installed_language == language:
        return
    _set_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"qtbase_{language}", qt_dir)]
    if language != "es":
        wanted.append((f"migradesk_{language}", str(translations_dir())))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Argentina))


def current_language() -> str:
    return next((lang for lang in LANGUAGES if lang != "es" and _has(f"migradesk_{lang}")), "es")


def _has(name: str) -> bool:
    return any(t.filePath().endswith(f"{name}.qm") for t in _installed)
