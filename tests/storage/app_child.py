"""The app's start-up, as ``run_app`` does it (the real DB worker thread opens the data dir),
in a process of its own so that a test can start it on a failing disk. Prints what the user
sees first, then exits: ``RECOVERY: <message>`` (code 3) for the window's recovery page (the data
could not be opened), ``DIALOG: <text>`` (code 5) for a message box, ``LOADED: <city>`` (code 0)
once a city shows, ``NOTHING`` (code 4) if none came within the time.

    python app_child.py DATA_DIR SETTINGS_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from migradesk.ui import app as ui_app
from migradesk.ui import settings


def main() -> int:
    data_dir, settings_dir = Path(sys.argv[1]), Path(sys.argv[2])
    settings.use_settings_path(settings_dir)
    application = ui_app.make_application()
    window = ui_app.start(data_dir)
    window.show()
    code = {"value": 4}

    def look() -> None:
        boxes = [w for w in application.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [box for box in boxes if box.isVisible()]
        if window.recovery is not None:
            print("RECOVERY:", window.recovery.message.text(), flush=True)
            code["value"] = 3
            application.quit()
        elif shown:
            print("DIALOG:", shown[0].text(), flush=True)
            code["value"] = 5
            application.quit()
        elif window.session.file is not None:
            print("LOADED:", window.session.file.city.name, flush=True)
            code["value"] = 0
            application.quit()

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(100)
    QTimer.singleShot(40_000, application.quit)
    application.exec()
    if code["value"] == 4:
        print("NOTHING", flush=True)
    window.session.worker.shutdown()
    return code["value"]


if __name__ == "__main__":
    sys.exit(main())
