"""The PySide6 desktop: pages per step, one DB worker, change events (see CONVENTIONS.md)."""
