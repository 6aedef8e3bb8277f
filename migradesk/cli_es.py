"""argparse in Spanish: its usage, its help and its errors, one line each.

argparse words its messages through ``gettext`` (bound in its module as ``_`` and ``ngettext``).
``SpanishParser`` swaps those two for a Spanish catalogue only while it works (building, parsing,
formatting): nothing else in the process is affected. A message argparse adds in a later Python
and missing here stays in English; ``tests/test_cli_es.py`` lists every message of the running
Python's argparse and fails on one without its Spanish.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")

# argparse's messages that a user can meet, in Spanish. The %-placeholders are argparse's.
MESSAGES: dict[str, str] = {
    "usage: ": "uso: ",
    "positional arguments": "argumentos",
    "options": "opciones",
    "show this help message and exit": "mostrar esta ayuda y salir",
    "%(prog)s: error: %(message)s\n": "%(prog)s: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "la opción %(option)s es ambigua: puede ser %(matches)s"
    ),
    "can't open '%(filename)s': %(error)s": "no se puede abrir «%(filename)s»: %(error)s",
    "expected at least one argument": "falta al menos un valor",
    "expected at most one argument": "admite a lo sumo un valor",
    "expected one argument": "falta su valor",
    "ignored explicit argument %r": "no admite un valor (%r)",
    "invalid %(type)s value: %(value)r": "valor no válido: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r no es una de las opciones (elija entre %(choices)s)"
    ),
    "not allowed with argument %s": "no se puede usar junto con %s",
    "one of the arguments %s is required": "falta uno de estos argumentos: %s",
    "the following arguments are required: %s": "faltan estos argumentos: %s",
    "unexpected option string: %s": "opción inesperada: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "comando desconocido: %(parser_name)r (elija entre %(choices)s)"
    ),
    "unrecognized arguments: %s": "argumentos que no se reconocen: %s",
    "subcommands": "comandos",
}
# (singular, plural) → Spanish (singular, plural).
PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("falta %s valor", "faltan %s valores"),
    ("conflicting option string: %s", "conflicting option strings: %s"): (
        "opción repetida: %s",
        "opciones repetidas: %s",
    ),
}
# Messages about a parser built wrongly (a programmer's mistake, never a user's): not translated.
PROGRAMMER_ERRORS = frozenset(
    {
        "%r is not callable",
        "'required' is an invalid argument for positionals",
        ".__call__() not defined",
        'argument "-" with mode %r',
        "cannot have multiple subparser arguments",
        "cannot merge actions - two groups are named %r",
        "conflicting subparser alias: %s",
        "conflicting subparser: %s",
        "dest= is required for options like %r",
        "invalid conflict_resolution value: %r",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
        "mutually exclusive arguments must be optional",
    }
)


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    spanish = PLURALS.get((singular, plural))
    if spanish is None:
        return singular if n == 1 else plural
    return spanish[0] if n == 1 else spanish[1]


@contextmanager
def spanish() -> Iterator[None]:
    """argparse speaks Spanish inside the block (nested blocks are fine)."""
    module: Any = argparse
    saved = module._, module.ngettext
    module._, module.ngettext = gettext, ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved


class SpanishParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help and errors are in Spanish; an error is one line
    (what is wrong, and where the help is) and exit status 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with spanish():  # the help option and the groups' titles are worded here
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("title", "comandos")
        with spanish():
            return super().add_subparsers(**kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with spanish():  # its "unrecognized arguments" is worded here
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with spanish():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with spanish():
            return super().format_usage()

    def format_help(self) -> str:
        with spanish():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}. Ayuda: {self.prog} --help\n")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        sys.exit(status)


def typed(convert: Callable[[str], T], expected: str) -> Callable[[str], T]:
    """A type for ``add_argument`` whose error says in Spanish what was expected."""

    def parse(text: str) -> T:
        try:
            return convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"se espera {expected}, no «{text}»") from None

    parse.__name__ = expected
    return parse
