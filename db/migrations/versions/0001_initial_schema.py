"""Initial schema: entries of every kind, components, assessments, tags and links, each row merge-ready."""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('atlas_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_atlas_meta'))
    )
    op.create_table('entries',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('name_key', sa.String(length=500), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_entries'))
    )
    with op.batch_alter_table('entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entries_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index('ix_entries_kind_deleted', ['kind', 'deleted_at'], unique=False)
        batch_op.create_index('ix_entries_kind_name', ['kind', 'name_key'], unique=False)

    op.create_table('evaluations',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('evaluator', sa.String(length=200), nullable=False),
    sa.Column('eval_date', sa.Date(), nullable=False),
    sa.Column('target_uuid', sa.String(length=36), nullable=False),
    sa.Column('use_case', sa.Text(), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('verdict', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['target_uuid'], ['entries.uuid'], name=op.f('fk_evaluations_target_uuid_entries')),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_evaluations_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_evaluations'))
    )
    with op.batch_alter_table('evaluations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluations_evaluator'), ['evaluator'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluations_target_uuid'), ['target_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluations_verdict'), ['verdict'], unique=False)

    op.create_table('licenses',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('spdx_id', sa.String(length=120), nullable=True),
    sa.Column('family', sa.String(length=32), nullable=True),
    sa.Column('osi_approved', sa.Boolean(), nullable=True),
    sa.Column('url', sa.String(length=500), nullable=True),
    sa.Column('commercial_use', sa.String(length=16), nullable=False),
    sa.Column('modification', sa.String(length=16), nullable=False),
    sa.Column('redistribution', sa.String(length=16), nullable=False),
    sa.Column('user_cap_status', sa.String(length=16), nullable=False),
    sa.Column('user_cap', sa.Integer(), nullable=True),
    sa.Column('acceptable_use_policy', sa.String(length=16), nullable=False),
    sa.Column('acceptable_use_policy_url', sa.String(length=500), nullable=True),
    sa.Column('attribution', sa.String(length=16), nullable=False),
    sa.Column('output_training', sa.String(length=16), nullable=False),
    sa.Column('field_of_use', sa.String(length=16), nullable=False),
    sa.Column('geo_status', sa.String(length=16), nullable=False),
    sa.Column('geographic_exclusions', sa.JSON(), nullable=False),
    sa.Column('pass_terms_downstream', sa.String(length=16), nullable=False),
    sa.Column('notice_file', sa.String(length=16), nullable=False),
    sa.Column('clause_details', sa.JSON(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_licenses_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_licenses'))
    )
    with op.batch_alter_table('licenses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_licenses_family'), ['family'], unique=False)
        batch_op.create_index(batch_op.f('ix_licenses_spdx_id'), ['spdx_id'], unique=False)

    op.create_table('links',
    sa.Column('from_uuid', sa.String(length=36), nullable=False),
    sa.Column('to_uuid', sa.String(length=36), nullable=False),
    sa.Column('relation', sa.String(length=32), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['from_uuid'], ['entries.uuid'], name=op.f('fk_links_from_uuid_entries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_uuid'], ['entries.uuid'], name=op.f('fk_links_to_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_links')),
    sa.UniqueConstraint('from_uuid', 'to_uuid', 'relation', name='uq_links_from_to_relation')
    )
    with op.batch_alter_table('links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_links_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_links_to_uuid'), ['to_uuid'], unique=False)

    op.create_table('notes',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('target_uuid', sa.String(length=36), nullable=True),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['target_uuid'], ['entries.uuid'], name=op.f('fk_notes_target_uuid_entries')),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_notes_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_target_uuid'), ['target_uuid'], unique=False)

    op.create_table('organizations',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('country', sa.String(length=100), nullable=True),
    sa.Column('jurisdiction', sa.String(length=50), nullable=True),
    sa.Column('org_kind', sa.String(length=32), nullable=True),
    sa.Column('business_model', sa.String(length=32), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_organizations_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_organizations'))
    )
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organizations_jurisdiction'), ['jurisdiction'], unique=False)

    op.create_table('policy_notes',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('jurisdiction', sa.String(length=50), nullable=True),
    sa.Column('instrument', sa.String(length=300), nullable=True),
    sa.Column('article', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('proposed_date', sa.Date(), nullable=True),
    sa.Column('adopted_date', sa.Date(), nullable=True),
    sa.Column('in_force_date', sa.Date(), nullable=True),
    sa.Column('applies_from', sa.Date(), nullable=True),
    sa.Column('revoked_date', sa.Date(), nullable=True),
    sa.Column('threshold_flop', sa.Float(), nullable=True),
    sa.Column('thresholds', sa.Text(), nullable=False),
    sa.Column('obligations', sa.Text(), nullable=False),
    sa.Column('open_model_treatment', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('conditions', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_policy_notes_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_policy_notes'))
    )
    with op.batch_alter_table('policy_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_notes_jurisdiction'), ['jurisdiction'], unique=False)
        batch_op.create_index(batch_op.f('ix_policy_notes_status'), ['status'], unique=False)

    op.create_table('saved_searches',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('query', sa.Text(), nullable=False),
    sa.Column('kind_filter', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_saved_searches_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_saved_searches'))
    )
    op.create_table('sources',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('accessed', sa.Date(), nullable=True),
    sa.Column('confidence', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_sources_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_sources'))
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_url'), ['url'], unique=False)

    op.create_table('tags',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('color', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_tags_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_tags'))
    )
    op.create_table('entry_tags',
    sa.Column('entry_uuid', sa.String(length=36), nullable=False),
    sa.Column('tag_uuid', sa.String(length=36), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_uuid'], ['entries.uuid'], name=op.f('fk_entry_tags_entry_uuid_entries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_uuid'], ['tags.uuid'], name=op.f('fk_entry_tags_tag_uuid_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_entry_tags')),
    sa.UniqueConstraint('entry_uuid', 'tag_uuid', name='uq_entry_tags_entry_tag')
    )
    with op.batch_alter_table('entry_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_tags_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_entry_tags_tag_uuid'), ['tag_uuid'], unique=False)

    op.create_table('models',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('family', sa.String(length=200), nullable=True),
    sa.Column('model_version', sa.String(length=100), nullable=True),
    sa.Column('developer_uuid', sa.String(length=36), nullable=True),
    sa.Column('release_date', sa.Date(), nullable=True),
    sa.Column('modalities', sa.JSON(), nullable=False),
    sa.Column('architecture', sa.String(length=300), nullable=True),
    sa.Column('params_total', sa.Float(), nullable=True),
    sa.Column('params_active', sa.Float(), nullable=True),
    sa.Column('context_window', sa.Integer(), nullable=True),
    sa.Column('training_compute_flop', sa.Float(), nullable=True),
    sa.Column('compute_confidence', sa.String(length=16), nullable=True),
    sa.Column('training_tokens', sa.Float(), nullable=True),
    sa.Column('base_model_uuid', sa.String(length=36), nullable=True),
    sa.Column('base_relation', sa.String(length=16), nullable=True),
    sa.Column('access', sa.JSON(), nullable=False),
    sa.Column('openness_grade', sa.String(length=40), nullable=True),
    sa.Column('openness_manual', sa.Boolean(), nullable=False),
    sa.Column('license_uuid', sa.String(length=36), nullable=True),
    sa.Column('mof_class', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['base_model_uuid'], ['models.uuid'], name=op.f('fk_models_base_model_uuid_models')),
    sa.ForeignKeyConstraint(['developer_uuid'], ['organizations.uuid'], name=op.f('fk_models_developer_uuid_organizations')),
    sa.ForeignKeyConstraint(['license_uuid'], ['licenses.uuid'], name=op.f('fk_models_license_uuid_licenses')),
    sa.ForeignKeyConstraint(['uuid'], ['entries.uuid'], name=op.f('fk_models_uuid_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_models'))
    )
    with op.batch_alter_table('models', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_models_developer_uuid'), ['developer_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_models_license_uuid'), ['license_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_models_openness_grade'), ['openness_grade'], unique=False)
        batch_op.create_index(batch_op.f('ix_models_params_total'), ['params_total'], unique=False)
        batch_op.create_index(batch_op.f('ix_models_release_date'), ['release_date'], unique=False)

    op.create_table('assessments',
    sa.Column('model_uuid', sa.String(length=36), nullable=False),
    sa.Column('framework', sa.String(length=32), nullable=False),
    sa.Column('dimension', sa.String(length=80), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.Column('link', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['model_uuid'], ['models.uuid'], name=op.f('fk_assessments_model_uuid_models'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_assessments')),
    sa.UniqueConstraint('model_uuid', 'framework', 'dimension', name='uq_assessments_model_framework_dimension')
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessments_change_seq'), ['change_seq'], unique=False)

    op.create_table('components',
    sa.Column('model_uuid', sa.String(length=36), nullable=False),
    sa.Column('component', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('license_text', sa.String(length=300), nullable=True),
    sa.Column('license_uuid', sa.String(length=36), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['license_uuid'], ['licenses.uuid'], name=op.f('fk_components_license_uuid_licenses')),
    sa.ForeignKeyConstraint(['model_uuid'], ['models.uuid'], name=op.f('fk_components_model_uuid_models'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_components')),
    sa.UniqueConstraint('model_uuid', 'component', name='uq_components_model_component')
    )
    with op.batch_alter_table('components', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_components_change_seq'), ['change_seq'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('components', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_components_change_seq'))

    op.drop_table('components')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessments_change_seq'))

    op.drop_table('assessments')
    with op.batch_alter_table('models', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_models_release_date'))
        batch_op.drop_index(batch_op.f('ix_models_params_total'))
        batch_op.drop_index(batch_op.f('ix_models_openness_grade'))
        batch_op.drop_index(batch_op.f('ix_models_license_uuid'))
        batch_op.drop_index(batch_op.f('ix_models_developer_uuid'))

    op.drop_table('models')
    with op.batch_alter_table('entry_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_tags_tag_uuid'))
        batch_op.drop_index(batch_op.f('ix_entry_tags_change_seq'))

    op.drop_table('entry_tags')
    op.drop_table('tags')
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sources_url'))

    op.drop_table('sources')
    op.drop_table('saved_searches')
    with op.batch_alter_table('policy_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_notes_status'))
        batch_op.drop_index(batch_op.f('ix_policy_notes_jurisdiction'))

    op.drop_table('policy_notes')
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organizations_jurisdiction'))

    op.drop_table('organizations')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_target_uuid'))

    op.drop_table('notes')
    with op.batch_alter_table('links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_links_to_uuid'))
        batch_op.drop_index(batch_op.f('ix_links_change_seq'))

    op.drop_table('links')
    with op.batch_alter_table('licenses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_licenses_spdx_id'))
        batch_op.drop_index(batch_op.f('ix_licenses_family'))

    op.drop_table('licenses')
    with op.batch_alter_table('evaluations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluations_verdict'))
        batch_op.drop_index(batch_op.f('ix_evaluations_target_uuid'))
        batch_op.drop_index(batch_op.f('ix_evaluations_evaluator'))

    op.drop_table('evaluations')
    with op.batch_alter_table('entries', schema=None) as batch_op:
        batch_op.drop_index('ix_entries_kind_name')
        batch_op.drop_index('ix_entries_kind_deleted')
        batch_op.drop_index(batch_op.f('ix_entries_change_seq'))

    op.drop_table('entries')
    op.drop_table('atlas_meta')
