"""Data files that ship inside the package: the seed knowledge base, icons, styles."""
