"""argparse's own messages in Spanish, for the running Python's argparse, and only while a
SpanishParser works."""

from __future__ import annotations

import argparse
import ast
import inspect

import pytest

from migradesk import cli_es


def _argparse_messages() -> tuple[set[str], set[tuple[str, str]]]:
    """Every literal argparse passes to ``_()`` and ``ngettext()``."""
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if node.func.id == "_" and texts:
            singles.add(texts[0])
        elif node.func.id == "ngettext" and len(texts) >= 2:
            plurals.add((texts[0], texts[1]))
    return singles, plurals


def test_every_message_a_user_can_meet_has_its_spanish() -> None:
    singles, plurals = _argparse_messages()
    missing = singles - set(cli_es.MESSAGES) - cli_es.PROGRAMMER_ERRORS
    assert not missing, missing
    assert plurals <= set(cli_es.PLURALS)
    for english, spanish in cli_es.MESSAGES.items():  # the same placeholders
        for mark in ("%s", "%r", "%(prog)s", "%(message)s", "%(value)r", "%(choices)s"):
            assert english.count(mark) == spanish.count(mark), english


def test_spanish_only_while_the_parser_works(capsys: pytest.CaptureFixture[str]) -> None:
    parser = cli_es.SpanishParser(prog="prueba")
    parser.add_argument("--n", type=cli_es.typed(int, "un número entero"))
    plain = argparse.ArgumentParser(prog="otra")
    assert "usage: otra" in plain.format_usage()
    assert "uso: prueba" in parser.format_usage()
    assert "show this help message and exit" in plain.format_help()
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["--n", "tres"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == (
        "prueba: --n: se espera un número entero, no «tres». Ayuda: prueba --help\n"
    )
    assert "usage: otra" in plain.format_usage()  # argparse itself is left as it was
