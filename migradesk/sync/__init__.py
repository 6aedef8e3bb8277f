"""Offline-first sync with IOM's server: outbox push, cursor pull, conflicts. No Qt."""
