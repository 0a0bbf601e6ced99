"""Covering indexes that keep list paging, lazy ordering and tag counts fast at 100,000 entries."""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entries_kind_deleted_uuid", "entries", ["kind", "deleted_at", "uuid"])
    op.create_index("ix_entries_live_kind_name_uuid", "entries", ["kind", "name_key", "uuid"],
                    sqlite_where=sa.text("deleted_at IS NULL"))
    op.create_index("ix_entry_tags_entry_deleted_tag", "entry_tags", ["entry_uuid", "deleted_at", "tag_uuid"])


def downgrade() -> None:
    op.drop_index("ix_entry_tags_entry_deleted_tag", table_name="entry_tags")
    op.drop_index("ix_entries_live_kind_name_uuid", table_name="entries")
    op.drop_index("ix_entries_kind_deleted_uuid", table_name="entries")
