using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CardProcessor.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    before = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    after = table.Column<JsonDocument>(type: "jsonb", nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "jsonb", maxLength: 400, nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processing_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processing_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    processing_completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processing_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_processing_sessions_processing_sessions_parent_session_id",
                        column: x => x.parent_session_id,
                        principalTable: "processing_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    layout = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    blob_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    page_count = table.Column<int>(type: "integer", nullable: false),
                    pages_done = table.Column<int>(type: "integer", nullable: false),
                    pages_by_document_intelligence = table.Column<int>(type: "integer", nullable: false),
                    extractor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    extracted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    findings = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "processing_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "validation_issues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    severity = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    transaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    transaction_reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    receipt_id = table.Column<Guid>(type: "uuid", nullable: true),
                    card_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assignee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    resolution_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_validation_issues", x => x.id);
                    table.ForeignKey(
                        name: "fk_validation_issues_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "processing_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "validation_issue_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    issue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    from_status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    to_status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_validation_issue_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_validation_issue_events_validation_issues_issue_id",
                        column: x => x.issue_id,
                        principalTable: "validation_issues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_key = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    masked_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    last4 = table.Column<string>(type: "character(4)", fixedLength: true, maxLength: 4, nullable: false),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_vehicle = table.Column<bool>(type: "boolean", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statement_cards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    holder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    employee_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    printed_total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    category_totals = table.Column<Dictionary<string, decimal>>(type: "jsonb", nullable: true),
                    pages = table.Column<List<int>>(type: "integer[]", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statement_cards", x => x.id);
                    table.ForeignKey(
                        name: "fk_statement_cards_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_statement_cards_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_statement_cards_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "processing_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employee_aliases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    alias = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_alias = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employee_aliases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "employee_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision_number = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    snapshot = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employee_revisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "employees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    current_revision_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employees", x => x.id);
                    table.ForeignKey(
                        name: "fk_employees_employee_revisions_current_revision_id",
                        column: x => x.current_revision_id,
                        principalTable: "employee_revisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "transactions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    page = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    card_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    transaction_date = table.Column<DateOnly>(type: "date", nullable: false),
                    posting_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    merchant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    mcc = table.Column<int>(type: "integer", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    foreign_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    foreign_amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    foreign_rate = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    level = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    merchant_group = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    totals_gross = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    totals_discount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    totals_net = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transactions", x => x.id);
                    table.ForeignKey(
                        name: "fk_transactions_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_transactions_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_transactions_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_transactions_processing_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "processing_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "receipts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    page = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    employee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    card_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employee_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    report_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    expense_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    expense_transaction_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    merchant = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    merchant_address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    coding_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    job = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    job_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    phase = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    phase_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    cost_type = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    gl_account = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    gl_description = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    has_attachment = table.Column<bool>(type: "boolean", nullable: true),
                    matched_transaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    match_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    match_score = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    match_reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipts", x => x.id);
                    table.ForeignKey(
                        name: "fk_receipts_cards_card_id",
                        column: x => x.card_id,
                        principalTable: "cards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_receipts_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_receipts_employees_employee_id",
                        column: x => x.employee_id,
                        principalTable: "employees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_receipts_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "processing_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_receipts_transactions_matched_transaction_id",
                        column: x => x.matched_transaction_id,
                        principalTable: "transactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "transaction_line_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    transaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_number = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(18,5)", precision: 18, scale: 5, nullable: true),
                    quantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    gross = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    discount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    net = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transaction_line_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_transaction_line_items_transactions_transaction_id",
                        column: x => x.transaction_id,
                        principalTable: "transactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_actor",
                table: "audit_log",
                column: "actor");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entity_type_entity_id",
                table: "audit_log",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_cards_card_key",
                table: "cards",
                column: "card_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cards_employee_id",
                table: "cards",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_cards_last4",
                table: "cards",
                column: "last4");

            migrationBuilder.CreateIndex(
                name: "ix_documents_session_id_sha256",
                table: "documents",
                columns: new[] { "session_id", "sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employee_aliases_employee_id",
                table: "employee_aliases",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_employee_aliases_normalized_alias",
                table: "employee_aliases",
                column: "normalized_alias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employee_revisions_employee_id_revision_number",
                table: "employee_revisions",
                columns: new[] { "employee_id", "revision_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employees_current_revision_id",
                table: "employees",
                column: "current_revision_id");

            migrationBuilder.CreateIndex(
                name: "ix_employees_employee_number",
                table: "employees",
                column: "employee_number",
                unique: true,
                filter: "employee_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_employees_normalized_name",
                table: "employees",
                column: "normalized_name");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_created_at",
                table: "outbox_messages",
                column: "created_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_processing_sessions_parent_session_id",
                table: "processing_sessions",
                column: "parent_session_id");

            migrationBuilder.CreateIndex(
                name: "ix_processing_sessions_period_start_period_end",
                table: "processing_sessions",
                columns: new[] { "period_start", "period_end" });

            migrationBuilder.CreateIndex(
                name: "ix_processing_sessions_status",
                table: "processing_sessions",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_card_id",
                table: "receipts",
                column: "card_id");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_document_id",
                table: "receipts",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_employee_id",
                table: "receipts",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_matched_transaction_id",
                table: "receipts",
                column: "matched_transaction_id",
                unique: true,
                filter: "matched_transaction_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_session_id_sequence",
                table: "receipts",
                columns: new[] { "session_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_statement_cards_card_id",
                table: "statement_cards",
                column: "card_id");

            migrationBuilder.CreateIndex(
                name: "ix_statement_cards_document_id",
                table: "statement_cards",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_statement_cards_session_id_card_id",
                table: "statement_cards",
                columns: new[] { "session_id", "card_id" });

            migrationBuilder.CreateIndex(
                name: "ix_transaction_line_items_transaction_id_line_number",
                table: "transaction_line_items",
                columns: new[] { "transaction_id", "line_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_transactions_card_id",
                table: "transactions",
                column: "card_id");

            migrationBuilder.CreateIndex(
                name: "ix_transactions_document_id",
                table: "transactions",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_transactions_employee_id",
                table: "transactions",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "ix_transactions_reference",
                table: "transactions",
                column: "reference");

            migrationBuilder.CreateIndex(
                name: "ix_transactions_session_id_card_id",
                table: "transactions",
                columns: new[] { "session_id", "card_id" });

            migrationBuilder.CreateIndex(
                name: "ix_transactions_session_id_sequence",
                table: "transactions",
                columns: new[] { "session_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_validation_issue_events_issue_id_at",
                table: "validation_issue_events",
                columns: new[] { "issue_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_validation_issues_session_id_fingerprint",
                table: "validation_issues",
                columns: new[] { "session_id", "fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_validation_issues_session_id_status_rule_code",
                table: "validation_issues",
                columns: new[] { "session_id", "status", "rule_code" });

            migrationBuilder.AddForeignKey(
                name: "fk_cards_employees_employee_id",
                table: "cards",
                column: "employee_id",
                principalTable: "employees",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_employee_aliases_employees_employee_id",
                table: "employee_aliases",
                column: "employee_id",
                principalTable: "employees",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_employee_revisions_employees_employee_id",
                table: "employee_revisions",
                column: "employee_id",
                principalTable: "employees",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_employee_revisions_employees_employee_id",
                table: "employee_revisions");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "employee_aliases");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "receipts");

            migrationBuilder.DropTable(
                name: "statement_cards");

            migrationBuilder.DropTable(
                name: "transaction_line_items");

            migrationBuilder.DropTable(
                name: "validation_issue_events");

            migrationBuilder.DropTable(
                name: "transactions");

            migrationBuilder.DropTable(
                name: "validation_issues");

            migrationBuilder.DropTable(
                name: "cards");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "processing_sessions");

            migrationBuilder.DropTable(
                name: "employees");

            migrationBuilder.DropTable(
                name: "employee_revisions");
        }
    }
}
