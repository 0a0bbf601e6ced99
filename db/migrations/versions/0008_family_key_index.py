"""An index on a model's family key, lower(trim(family)), so a family look-up is an index search, not a scan."""

from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

FAMILY_KEY = "lower(trim(family))"
"""The indexed expression; SQLite uses the index only for a query that spells the expression exactly so."""


def upgrade() -> None:
    # Both SQLite and PostgreSQL index an expression; lower and trim are deterministic (immutable) in both.
    op.create_index("ix_models_family_key", "models", [sa.text(FAMILY_KEY)], unique=False)


def downgrade() -> None:
    op.drop_index("ix_models_family_key", table_name="models")
