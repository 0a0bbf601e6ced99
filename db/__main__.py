"""`python -m db`: the headless command line."""

from db.cli.main import main

raise SystemExit(main())
