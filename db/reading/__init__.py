"""Plain-SQL readers for the CLI's reading commands: no SQLAlchemy, no mapped schema, the store's rules."""
