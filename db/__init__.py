"""Model Atlas core: schema, store, rules, search and exchange, with no GUI dependency."""

__version__ = "0.1.0"
