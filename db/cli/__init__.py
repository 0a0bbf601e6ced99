"""The `modelatlas` command line: one module per operation, a stable JSON contract for scripts."""
