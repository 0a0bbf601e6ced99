"""Saved use cases for the license check (a new entry kind), with the verdicts of their last run."""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('use_cases',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('spec', sa.JSON(), nullable=False),
    sa.Column('last_results', sa.JSON(), nullable=True),
    sa.Column('last_run_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_use_cases_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_use_cases'))
    )


def downgrade() -> None:
    # entries of a kind the older schema does not know would break its polymorphic loading
    op.execute("DELETE FROM entries WHERE kind = 'use_case'")
    op.drop_table('use_cases')
