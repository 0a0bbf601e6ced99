"""Merge bookkeeping: per-row sync state (last shared content hash, version clock, alias) and kept conflicts."""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_state',
    sa.Column('row_uuid', sa.String(length=36), nullable=False),
    sa.Column('base_hash', sa.String(length=64), nullable=True),
    sa.Column('clock', sa.JSON(), nullable=False),
    sa.Column('alias_of', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('row_uuid', name=op.f('pk_sync_state'))
    )
    op.create_table('conflicts',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('row_uuid', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('entry_uuid', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('mine', sa.JSON(), nullable=False),
    sa.Column('theirs', sa.JSON(), nullable=False),
    sa.Column('mine_clock', sa.JSON(), nullable=False),
    sa.Column('theirs_clock', sa.JSON(), nullable=False),
    sa.Column('origin', sa.String(length=1000), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_conflicts'))
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflicts_row_uuid'), ['row_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflicts_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflicts_status'))
        batch_op.drop_index(batch_op.f('ix_conflicts_row_uuid'))
    op.drop_table('conflicts')
    op.drop_table('sync_state')
