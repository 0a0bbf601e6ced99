"""Keyword search: query language, documents, the Whoosh index and the service the GUI and CLI use."""
