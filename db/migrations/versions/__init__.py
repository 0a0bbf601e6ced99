"""Numbered schema revisions."""
