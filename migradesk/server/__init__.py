"""IOM's central server: accounts, cities, roles, and the sync and review API (FastAPI).

SQLite by default (one file in a data dir), PostgreSQL in production. ``migradesk-server`` is the
command (``migradesk.server.cli``); ``create_app`` (``migradesk.server.app``) builds the ASGI app.
Deployment notes: DEPLOY.md beside this file.
"""
