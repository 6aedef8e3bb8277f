"""MigraDesk: the offline-first desktop app for MigraCiudades Argentina focal points.

The package root and ``migradesk.domain`` are Qt-free and SQL-free; ``storage``, ``sync`` and
``pdf`` build on them, and only ``migradesk.ui`` imports PySide6.
"""

__version__ = "0.1.0"
