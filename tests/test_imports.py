"""The core never imports Qt (style.md §1): the CLI, sync and PDFs must run without a screen."""

import subprocess
import sys


def test_core_packages_load_no_pyside6() -> None:
    code = (
        "import sys\n"
        "import migradesk, migradesk.domain.kinds, migradesk.domain.cityfile, migradesk.storage\n"
        "import migradesk.sync, migradesk.cli\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
