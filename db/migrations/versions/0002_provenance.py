"""Provenance of imported values, aliases for matching, the review list of uncertain matches, organization scores."""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _row_meta() -> list[sa.Column]:
    return [
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('modified_at', sa.DateTime(), nullable=False),
        sa.Column('author', sa.String(length=200), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('change_seq', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('provenance',
    sa.Column('entry_uuid', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=80), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.Column('origin', sa.String(length=1000), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('applied_value', sa.JSON(), nullable=True),
    *_row_meta(),
    sa.ForeignKeyConstraint(['entry_uuid'], ['entries.uuid'], name=op.f('fk_provenance_entry_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_provenance')),
    sa.UniqueConstraint('entry_uuid', 'field', 'source', name='uq_provenance_entry_field_source')
    )
    with op.batch_alter_table('provenance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provenance_change_seq'), ['change_seq'], unique=False)

    op.create_table('aliases',
    sa.Column('entry_uuid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('name_key', sa.String(length=500), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    *_row_meta(),
    sa.ForeignKeyConstraint(['entry_uuid'], ['entries.uuid'], name=op.f('fk_aliases_entry_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_aliases')),
    sa.UniqueConstraint('entry_uuid', 'name_key', name='uq_aliases_entry_name_key')
    )
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aliases_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_aliases_name_key'), ['name_key'], unique=False)

    op.create_table('import_reviews',
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('record_key', sa.String(length=500), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.Column('origin', sa.String(length=1000), nullable=False),
    sa.Column('candidate_uuid', sa.String(length=36), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('resolved_uuid', sa.String(length=36), nullable=True),
    *_row_meta(),
    sa.ForeignKeyConstraint(['candidate_uuid'], ['entries.uuid'], name=op.f('fk_import_reviews_candidate_uuid_entries'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['resolved_uuid'], ['entries.uuid'], name=op.f('fk_import_reviews_resolved_uuid_entries'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_import_reviews')),
    sa.UniqueConstraint('source', 'record_key', name='uq_import_reviews_source_record_key')
    )
    with op.batch_alter_table('import_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_reviews_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_reviews_status'), ['status'], unique=False)

    op.create_table('org_assessments',
    sa.Column('organization_uuid', sa.String(length=36), nullable=False),
    sa.Column('framework', sa.String(length=32), nullable=False),
    sa.Column('dimension', sa.String(length=80), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.Column('link', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    *_row_meta(),
    sa.ForeignKeyConstraint(['organization_uuid'], ['organizations.uuid'], name=op.f('fk_org_assessments_organization_uuid_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_org_assessments')),
    sa.UniqueConstraint('organization_uuid', 'framework', 'dimension', name='uq_org_assessments_org_framework_dim')
    )
    with op.batch_alter_table('org_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_assessments_change_seq'), ['change_seq'], unique=False)


def downgrade() -> None:
    for table in ('org_assessments', 'import_reviews', 'aliases', 'provenance'):
        op.drop_table(table)
