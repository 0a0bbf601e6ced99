"""`python -m desktop`: same as the `modelatlas` command."""

from desktop.launcher import main

raise SystemExit(main())
