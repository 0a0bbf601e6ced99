"""Lineage and families: a model's size within its family, indexes for family and derivative look-ups, more relations."""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("models", schema=None) as batch_op:
        batch_op.add_column(sa.Column("size_label", sa.String(length=40), nullable=True))
        batch_op.alter_column("base_relation", existing_type=sa.String(length=16), type_=sa.String(length=32),
                              existing_nullable=True)
        batch_op.create_index(batch_op.f("ix_models_family"), ["family"], unique=False)
        batch_op.create_index(batch_op.f("ix_models_base_model_uuid"), ["base_model_uuid"], unique=False)
    # the relation vocabulary now names processes: "quantized" became "quantization"
    op.execute("UPDATE models SET base_relation = 'quantization' WHERE base_relation = 'quantized'")


def downgrade() -> None:
    op.execute("UPDATE models SET base_relation = 'quantized' WHERE base_relation = 'quantization'")
    # relations the older schema does not know fall back to the nearest one it does
    op.execute("UPDATE models SET base_relation = 'fine-tune' "
               "WHERE base_relation IN ('distillation', 'continued-pretraining', 'other')")
    with op.batch_alter_table("models", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_models_base_model_uuid"))
        batch_op.drop_index(batch_op.f("ix_models_family"))
        batch_op.alter_column("base_relation", existing_type=sa.String(length=32), type_=sa.String(length=16),
                              existing_nullable=True)
        batch_op.drop_column("size_label")
