"""The report's text language: CommonMark with tables and strikethrough, raw HTML as text."""

from __future__ import annotations

from migradesk.domain.markdown import parse, plain


def test_plain_text_of_blocks() -> None:
    text = (
        "# Título\n\nUn *párrafo*\nen dos líneas.\n\n- uno\n- **dos**\n\n> cita\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |"
    )
    assert plain(parse(text)) == (
        "Título\n\nUn párrafo en dos líneas.\n\nuno\ndos\n\ncita\n\na b\n1 2"
    )


def test_raw_html_is_text_and_extensions_are_on() -> None:
    kinds = [n.type for n in parse("<b>x</b> ~~y~~").walk()]
    assert "html_inline" not in kinds and "s" in kinds
    assert plain(parse("<b>x</b>")) == "<b>x</b>"
