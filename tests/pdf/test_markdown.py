from reportlab.platypus import HRFlowable, ListFlowable, Paragraph, Table

from migradesk.pdf.layout import Heading
from migradesk.pdf.markdown import inline, markdown_flowables, paragraph
from migradesk.pdf.theme import Styles


def test_inline_markup_and_escaping() -> None:
    assert inline("**negrita** y *cursiva*") == "<b>negrita</b> y <i>cursiva</i>"
    assert inline("__negrita__ y _cursiva_") == "<b>negrita</b> y <i>cursiva</i>"
    assert inline("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert inline("<b>no es marcado</b>") == "&lt;b&gt;no es marcado&lt;/b&gt;"
    assert inline("variable_con_guiones y 2\\*3\\*4") == "variable_con_guiones y 2*3*4"
    assert inline(r"\*literal\*") == "*literal*"
    assert inline("~~tachado~~ y `a<b`") == "<strike>tachado</strike> y a&lt;b"
    assert inline("uno  \ndos\ntres") == "uno<br/>dos tres"  # hard and soft line breaks
    link = inline("[OIM](https://www.iom.int/?a=1&b=2)")
    assert 'href="https://www.iom.int/?a=1&amp;b=2"' in link
    assert ">OIM<" in link
    assert "href" not in inline("[clic](javascript:alert(1))")  # not a link CommonMark allows


def test_crossed_emphasis_is_read_as_commonmark_does() -> None:
    para = paragraph("**a *b** c*", Styles.body)
    assert isinstance(para, Paragraph)
    assert para.getPlainText() == "a b c"


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


def test_lists_keep_their_paragraphs_and_numbers() -> None:
    story = markdown_flowables("3. tres\n4. cuatro\n\n   segundo párrafo del cuatro\n\nFuera")
    assert isinstance(story[0], ListFlowable)
    items = story[0]._flowables  # reportlab's ListItems
    texts = [f.getPlainText() for f in story if type(f) is Paragraph]
    assert texts == ["Fuera"]  # the second paragraph stays inside its item
    inside = [p.getPlainText() for item in items for p in item._flowables]
    assert inside == ["tres", "cuatro", "segundo párrafo del cuatro"]
    assert [item._params["value"] for item in items] == [3, 4]


def test_quotes_tables_and_code() -> None:
    source = (
        "> uno\n>\n> dos\n\n| Área | Avance |\n|---|---|\n| Salud | 40 % |\n\n    a = 1\n    b = 2"
    )
    story = markdown_flowables(source)
    quotes = [f for f in story if type(f) is Paragraph and f.style is Styles.quote]
    assert [q.getPlainText() for q in quotes] == ["uno", "dos"]
    tables = [f for f in story if isinstance(f, Table)]
    assert len(tables) == 1
    assert [[c.getPlainText() for c in row] for row in tables[0]._cellvalues] == [
        ["Área", "Avance"],
        ["Salud", "40 %"],
    ]
    code = [f for f in story if type(f) is Paragraph and "a = 1" in f.getPlainText()]
    assert code and "<br/>" in code[0].text
