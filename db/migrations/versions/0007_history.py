"""History of every entry, named snapshots, and the columns freshness needs (verified marks, policy dates)."""

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _verified(prefix: str = "verified") -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}_at", sa.DateTime(), nullable=True),
        sa.Column(f"{prefix}_by", sa.String(length=200), nullable=True),
        sa.Column(f"{prefix}_source", sa.String(length=1000), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "entry_history",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("entry_uuid", sa.String(length=36), nullable=False),
        sa.Column("entry_kind", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("via", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=1000), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("recorded_here", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_entry_history")),
    )
    with op.batch_alter_table("entry_history", schema=None) as batch_op:
        batch_op.create_index("ix_entry_history_entry_at", ["entry_uuid", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_entry_history_seq"), ["seq"], unique=False)
    op.create_table(
        "snapshots",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_snapshots")),
        sa.UniqueConstraint("name", name=op.f("uq_snapshots_name")),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        for column in _verified():
            batch_op.add_column(column)
    with op.batch_alter_table("licenses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("clauses_verified", sa.JSON(), nullable=True))
    with op.batch_alter_table("policy_notes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("delayed_to", sa.Date(), nullable=True))
        for column in _verified("status_verified"):
            batch_op.add_column(column)
    with op.batch_alter_table("provenance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("provenance", schema=None) as batch_op:
        batch_op.drop_column("published_on")
    with op.batch_alter_table("policy_notes", schema=None) as batch_op:
        for name in ("status_verified_source", "status_verified_by", "status_verified_at", "delayed_to"):
            batch_op.drop_column(name)
    with op.batch_alter_table("licenses", schema=None) as batch_op:
        batch_op.drop_column("clauses_verified")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        for name in ("verified_source", "verified_by", "verified_at"):
            batch_op.drop_column(name)
    op.drop_table("snapshots")
    with op.batch_alter_table("entry_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_history_seq"))
        batch_op.drop_index("ix_entry_history_entry_at")
    op.drop_table("entry_history")
