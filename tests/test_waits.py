"""The suite waits for what it waits for (``qtbot.waitUntil``, ``waitSignal``, an event), never
a fixed time that is too short on a loaded machine and too long on an idle one. A sleep is
allowed inside a polling loop (between two looks at a condition) and in the few places listed
here, each for its reason."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# (file, function): why a fixed time is the point there.
ALLOWED = {
    ("sync/synckit.py", "do_GET"): "a server that stalls on purpose, mid-answer",
    ("sync/test_crash.py", "test_sigkill_at_random_points_loses_nothing"): "a random moment",
}
WAITS = {("sleep", "time"), ("wait", "qtbot"), ("qWait", "QTest")}


def _fixed_waits(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST, function: str, in_loop: bool) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function, in_loop = node.name, False
        elif isinstance(node, ast.While):
            in_loop = True
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name, owner = node.func.attr, node.func.value
            fixed = (name, getattr(owner, "id", None)) in WAITS
            if fixed and not in_loop:
                found.append((function, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, function, in_loop)

    visit(tree, "", False)
    return found


def test_no_fixed_waits() -> None:
    found = [
        f"{path.relative_to(TESTS)}:{line} ({function})"
        for path in sorted(TESTS.rglob("*.py"))
        for function, line in _fixed_waits(path)
        if (str(path.relative_to(TESTS)), function) not in ALLOWED
    ]
    assert found == []


def test_the_check_sees_a_fixed_wait(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "def test_a(qtbot):\n    qtbot.wait(50)\n\n"
        "def test_b():\n    while not ready():\n        time.sleep(0.1)\n",
        encoding="utf-8",
    )
    assert _fixed_waits(sample) == [("test_a", 2)]
