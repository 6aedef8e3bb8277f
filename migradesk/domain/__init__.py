"""The city's certification file as plain typed Python: no Qt, no SQL."""
