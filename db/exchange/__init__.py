"""Sharing atlases: export to `.atlas` files, verify untrusted incoming files, merge them, resolve conflicts."""
