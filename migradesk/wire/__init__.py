"""The wire contracts between desktops and IOM's server (pydantic models, paths, limits), shared
by both sides. Only pydantic: storage, sync and the server import it, and it imports none of them
(``tests/test_imports.py`` checks the package graph has no cycle)."""
