"""Reusable widgets: form helpers, the optional date editor, the timeline and the radar chart."""
