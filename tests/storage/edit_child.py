"""Child process of test_edits.py: one "window" on a data dir.

Usage: edit_child.py DATA_DIR RECORD_ID SUFFIX. Reads the answer's measure description (as a
window shows it), prints it, waits for a line on stdin, then saves the text the user typed on
top of what it showed: the shown text + SUFFIX, as an edit that carries the value it replaced.
Prints the outcome's conflicts and exits.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.storage import Store, edits


def main() -> None:
    data_dir, record_id, suffix = sys.argv[1:4]
    with Store.open(Path(data_dir)) as store:
        shown = store.get(IndicatorAnswer, record_id)
        assert shown is not None
        print(shown.measure_description, flush=True)
        sys.stdin.readline()  # the user types for a while
        typed = dataclasses.replace(shown, measure_description=shown.measure_description + suffix)
        outcome = edits.apply(store, [edits.Edit.between(shown, typed)])
        print(f"conflicts={outcome.conflicts}", flush=True)


if __name__ == "__main__":
    main()
