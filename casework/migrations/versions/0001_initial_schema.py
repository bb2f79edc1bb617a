"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26 07:24:45.143195
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=100), nullable=True),
    sa.Column('old', sa.Text(), nullable=True),
    sa.Column('new', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_case_id'), ['case_id'], unique=False)

    op.create_table('client',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_latin', sa.String(length=300), nullable=False),
    sa.Column('name_original', sa.String(length=300), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('birth_place', sa.String(length=200), nullable=True),
    sa.Column('birth_country', sa.String(length=200), nullable=True),
    sa.Column('nationality', sa.String(length=200), nullable=True),
    sa.Column('ethnicity', sa.String(length=200), nullable=True),
    sa.Column('religion', sa.String(length=200), nullable=True),
    sa.Column('languages', sa.String(length=300), nullable=True),
    sa.Column('interpreter_language', sa.String(length=100), nullable=True),
    sa.Column('marital_status', sa.String(length=50), nullable=True),
    sa.Column('father_name', sa.String(length=200), nullable=True),
    sa.Column('mother_name', sa.String(length=200), nullable=True),
    sa.Column('education', sa.String(length=300), nullable=True),
    sa.Column('occupation', sa.String(length=300), nullable=True),
    sa.Column('documents_held', sa.Text(), nullable=True),
    sa.Column('id_document', sa.String(length=200), nullable=True),
    sa.Column('contact', sa.String(length=300), nullable=True),
    sa.Column('accommodation', sa.String(length=200), nullable=True),
    sa.Column('unaccompanied_minor', sa.Boolean(), nullable=False),
    sa.Column('guardian_name', sa.String(length=200), nullable=True),
    sa.Column('guardian_csr', sa.String(length=200), nullable=True),
    sa.Column('vulnerability_medical', sa.Boolean(), nullable=False),
    sa.Column('vulnerability_trauma', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('erased', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client'))
    )
    op.create_table('closure_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('body', sa.String(length=40), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closure_day')),
    sa.UniqueConstraint('day', 'body', name='uq_closure_day_day_body')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('os_user', sa.String(length=100), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('capacity', sa.String(length=30), nullable=True),
    sa.Column('bar_no', sa.String(length=100), nullable=True),
    sa.Column('reminder_offsets', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('name', name=op.f('uq_staff_name')),
    sa.UniqueConstraint('os_user', name=op.f('uq_staff_os_user'))
    )
    op.create_table('case_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('procedure', sa.String(length=20), nullable=False),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('outcome', sa.String(length=300), nullable=True),
    sa.Column('office_ref', sa.String(length=100), nullable=True),
    sa.Column('asylum_office_no', sa.String(length=100), nullable=True),
    sa.Column('commission_no', sa.String(length=100), nullable=True),
    sa.Column('court_no', sa.String(length=100), nullable=True),
    sa.Column('constitutional_no', sa.String(length=100), nullable=True),
    sa.Column('lawyer_id', sa.Integer(), nullable=True),
    sa.Column('drafting', sa.JSON(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_case_file_client_id_client')),
    sa.ForeignKeyConstraint(['lawyer_id'], ['staff.id'], name=op.f('fk_case_file_lawyer_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file'))
    )
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_file_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_lawyer_id'), ['lawyer_id'], unique=False)

    op.create_table('family_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('relation', sa.String(length=100), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('nationality', sa.String(length=200), nullable=True),
    sa.Column('whereabouts', sa.String(length=300), nullable=True),
    sa.Column('also_applying', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['client.id'], name=op.f('fk_family_member_client_id_client'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_member'))
    )
    with op.batch_alter_table('family_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_member_client_id'), ['client_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.String(length=60), nullable=False),
    sa.Column('path', sa.String(length=1000), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('generated_by', sa.String(length=200), nullable=True),
    sa.Column('generated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_document_case_id_case_file'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_case_id'), ['case_id'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('at_time', sa.Time(), nullable=True),
    sa.Column('reference', sa.String(length=100), nullable=True),
    sa.Column('act_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.String(length=200), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_event_case_id_case_file'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_case_id'), ['case_id'], unique=False)

    op.create_table('deadline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.String(length=60), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('trigger', sa.Date(), nullable=False),
    sa.Column('trigger_time', sa.Time(), nullable=True),
    sa.Column('unextended', sa.Date(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('due_time', sa.Time(), nullable=True),
    sa.Column('safe_date', sa.Date(), nullable=True),
    sa.Column('extended', sa.Boolean(), nullable=False),
    sa.Column('binds', sa.String(length=20), nullable=False),
    sa.Column('basis', sa.String(length=300), nullable=False),
    sa.Column('confidence', sa.String(length=1), nullable=False),
    sa.Column('explanation', sa.JSON(), nullable=False),
    sa.Column('reminder_offsets', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('status_by', sa.String(length=200), nullable=True),
    sa.Column('status_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('has_draft', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_deadline_case_id_case_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_deadline_event_id_event'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['deadline.id'], name=op.f('fk_deadline_parent_id_deadline'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline'))
    )
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.create_index('ix_deadline_case_id', ['case_id'], unique=False)
        batch_op.create_index('ix_deadline_status_due', ['status', 'due'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.drop_index('ix_deadline_status_due')
        batch_op.drop_index('ix_deadline_case_id')

    op.drop_table('deadline')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_case_id'))

    op.drop_table('event')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_case_id'))

    op.drop_table('document')
    with op.batch_alter_table('family_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_member_client_id'))

    op.drop_table('family_member')
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_file_lawyer_id'))
        batch_op.drop_index(batch_op.f('ix_case_file_client_id'))

    op.drop_table('case_file')
    op.drop_table('staff')
    op.drop_table('setting')
    op.drop_table('closure_day')
    op.drop_table('client')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_case_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')

