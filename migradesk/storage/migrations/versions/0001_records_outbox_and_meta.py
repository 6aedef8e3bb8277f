"""records, outbox and meta

Revision ID: 0001
Revises:
Create Date: 2026-11-25 19:13:27.368000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "action",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("objective_id", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("responsible_area", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("partners", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("resources", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("indicator", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("target", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_city_id"), ["city_id"], unique=False)

    op.create_table(
        "application",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("current_population", sa.Integer(), nullable=True),
        sa.Column("area_km2", sa.Float(), nullable=True),
        sa.Column(
            "main_economic_activities", sa.Text(), server_default=sa.text("('')"), nullable=False
        ),
        sa.Column(
            "main_origin_countries", sa.Text(), server_default=sa.text("('')"), nullable=False
        ),
        sa.Column("migrant_population_estimate", sa.Integer(), nullable=True),
        sa.Column("municipal_address", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("municipal_phone", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("municipal_email", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("municipal_website", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("migration_context", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("migration_body", sa.String(length=40), nullable=True),
        sa.Column(
            "migration_body_description", sa.Text(), server_default=sa.text("('')"), nullable=False
        ),
        sa.Column("migrant_programmes", sa.String(length=40), nullable=True),
        sa.Column(
            "migrant_programmes_description",
            sa.Text(),
            server_default=sa.text("('')"),
            nullable=False,
        ),
        sa.Column("agreements", sa.String(length=40), nullable=True),
        sa.Column(
            "agreements_description", sa.Text(), server_default=sa.text("('')"), nullable=False
        ),
        sa.Column("systematic_measures_last_two_years", sa.Boolean(), nullable=True),
        sa.Column(
            "systematic_measures_description",
            sa.Text(),
            server_default=sa.text("('')"),
            nullable=False,
        ),
        sa.Column("emerging_demand", sa.Boolean(), nullable=True),
        sa.Column(
            "emerging_demand_description", sa.Text(), server_default=sa.text("('')"), nullable=False
        ),
        sa.Column("mayor_name", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column(
            "mayor_title", sa.Text(), server_default=sa.text("'Intendente/a'"), nullable=False
        ),
        sa.Column("letter_signed_on", sa.Date(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("confirmation_sent_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_application_city_id"), ["city_id"], unique=False)

    op.create_table(
        "certification",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("certified_on", sa.Date(), nullable=True),
        sa.Column("ceremony_place", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("note", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("certification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certification_city_id"), ["city_id"], unique=False)

    op.create_table(
        "city",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("province", sa.Text(), nullable=False),
        sa.Column("region", sa.String(length=40), nullable=False),
        sa.Column("department", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("government_type", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("indec_code", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("is_border", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("is_department_head", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("population_2010", sa.Integer(), nullable=True),
        sa.Column("foreign_born_2010", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_city_id"), ["city_id"], unique=False)

    op.create_table(
        "comment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("anchor_kind", sa.Text(), nullable=False),
        sa.Column("anchor_id", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("author_role", sa.String(length=40), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("reply_to", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comment_city_id"), ["city_id"], unique=False)

    op.create_table(
        "focal_point",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("post", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("area", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("email", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("phone", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("reason_for_leaving", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("substitution_letter_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("focal_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_focal_point_city_id"), ["city_id"], unique=False)

    op.create_table(
        "indicator_answer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("questionnaire_version", sa.Text(), nullable=False),
        sa.Column("indicator_id", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("measure_description", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("responsible_area", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("legal_instrument", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("since_year", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("reaches_women", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("reaches_children", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column(
            "reaches_other_vulnerable", sa.Boolean(), server_default=sa.text("0"), nullable=False
        ),
        sa.Column("other_groups", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("notes", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("indicator_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_answer_city_id"), ["city_id"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "monitoring_update",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("action_id", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("percent_done", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("note", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("monitoring_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_monitoring_update_city_id"), ["city_id"], unique=False)

    op.create_table(
        "objective",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("priority_area_id", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objective_city_id"), ["city_id"], unique=False)

    op.create_table(
        "official",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("post", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("area", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("email", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("phone", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("gender", sa.String(length=40), nullable=True),
        sa.Column("is_focal_point", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("initial_questionnaire", sa.Date(), nullable=True),
        sa.Column("module_1", sa.Date(), nullable=True),
        sa.Column("module_2", sa.Date(), nullable=True),
        sa.Column("module_3", sa.Date(), nullable=True),
        sa.Column("module_4", sa.Date(), nullable=True),
        sa.Column("final_questionnaire", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("official", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_official_city_id"), ["city_id"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column(
            "state", sa.String(length=10), server_default=sa.text("'pending'"), nullable=False
        ),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("mutation_id"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_record_id"), ["record_id"], unique=False)

    op.create_table(
        "phase_date",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("milestone", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("phase_date", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phase_date_city_id"), ["city_id"], unique=False)

    op.create_table(
        "priority_area",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("dimensions", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=40), server_default=sa.text("'otro'"), nullable=False),
        sa.Column("importance", sa.Integer(), nullable=True),
        sa.Column("urgency", sa.Integer(), nullable=True),
        sa.Column("feasibility", sa.Integer(), nullable=True),
        sa.Column("selected", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("priority_area", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_priority_area_city_id"), ["city_id"], unique=False)

    op.create_table(
        "report_section",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("section", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("text", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("report_section", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_section_city_id"), ["city_id"], unique=False)

    op.create_table(
        "report_version",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "status", sa.String(length=40), server_default=sa.text("'borrador'"), nullable=False
        ),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("report_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_version_city_id"), ["city_id"], unique=False)

    op.create_table(
        "review_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("deliverable", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=40), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("by", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("note", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_event_city_id"), ["city_id"], unique=False)

    op.create_table(
        "workshop",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("city_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.Column("attendees", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), server_default=sa.text("('')"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_city_id"), ["city_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_city_id"))

    op.drop_table("workshop")
    with op.batch_alter_table("review_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_event_city_id"))

    op.drop_table("review_event")
    with op.batch_alter_table("report_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_version_city_id"))

    op.drop_table("report_version")
    with op.batch_alter_table("report_section", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_section_city_id"))

    op.drop_table("report_section")
    with op.batch_alter_table("priority_area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_priority_area_city_id"))

    op.drop_table("priority_area")
    with op.batch_alter_table("phase_date", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_date_city_id"))

    op.drop_table("phase_date")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_record_id"))
        batch_op.drop_index(batch_op.f("ix_outbox_city_id"))

    op.drop_table("outbox")
    with op.batch_alter_table("official", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_official_city_id"))

    op.drop_table("official")
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objective_city_id"))

    op.drop_table("objective")
    with op.batch_alter_table("monitoring_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monitoring_update_city_id"))

    op.drop_table("monitoring_update")
    op.drop_table("meta")
    with op.batch_alter_table("indicator_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_answer_city_id"))

    op.drop_table("indicator_answer")
    with op.batch_alter_table("focal_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_focal_point_city_id"))

    op.drop_table("focal_point")
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comment_city_id"))

    op.drop_table("comment")
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_city_id"))

    op.drop_table("city")
    with op.batch_alter_table("certification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certification_city_id"))

    op.drop_table("certification")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_city_id"))

    op.drop_table("application")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_city_id"))

    op.drop_table("action")
