from reportlab.platypus import HRFlowable, ListFlowable, Paragraph

from migradesk.pdf.layout import Heading
from migradesk.pdf.markdown import inline, markdown_flowables, paragraph
from migradesk.pdf.theme import Styles


def test_inline_markup_and_escaping() -> None:
    assert inline("**negrita** y *cursiva*") == "<b>negrita</b> y <i>cursiva</i>"
    assert inline("__negrita__ y _cursiva_") == "<b>negrita</b> y <i>cursiva</i>"
    assert inline("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert inline("<b>no es marcado</b>") == "&lt;b&gt;no es marcado&lt;/b&gt;"
    assert inline("variable_con_guiones y 2*3*4") == "variable_con_guiones y 2*3*4"
    assert inline(r"\*literal\*") == "*literal*"
    link = inline("[OIM](https://www.iom.int/?a=1&b=2)")
    assert 'href="https://www.iom.int/?a=1&amp;b=2"' in link
    assert ">OIM<" in link


def test_crossed_emphasis_falls_back_to_plain_text() -> None:
    para = paragraph("**a *b** c*", Styles.body)
    assert isinstance(para, Paragraph)
    assert "**a *b** c*" in para.getPlainText()


def test_blocks() -> None:
    source = """# Título

Un párrafo
que sigue.

- uno
- dos
  - anidado
- tres

1. primero
2. segundo

> una cita

---
Fin"""
    story = markdown_flowables(source, heading_level=1)
    kinds = [type(f).__name__ for f in story]
    assert kinds[:2] == ["Heading", "Paragraph"]
    assert isinstance(story[0], Heading) and story[0].plain == "Título"
    assert story[1].getPlainText() == "Un párrafo que sigue."
    lists = [f for f in story if isinstance(f, ListFlowable)]
    assert len(lists) == 2
    assert any(isinstance(f, HRFlowable) for f in story)
    texts = [f.getPlainText() for f in story if type(f) is Paragraph]
    assert "una cita" in texts and "Fin" in texts


def test_empty_text_gives_nothing() -> None:
    assert markdown_flowables("  \n\n ") == []
