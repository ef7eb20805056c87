using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CardProcessor.Data.Migrations
{
    /// <inheritdoc />
    public partial class UsersAndSessionChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    object_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.object_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_name",
                table: "users",
                column: "name");

            // Whichever process writes a session or one of its documents (API or worker), listeners
            // on session_changes hear the session's id: the API's event streams wake on it.
            migrationBuilder.Sql("""
                CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    changed record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                BEGIN
                    IF TG_TABLE_NAME = 'processing_sessions' THEN
                        PERFORM pg_notify('session_changes', changed.id::text);
                    ELSE
                        PERFORM pg_notify('session_changes', changed.session_id::text);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER processing_sessions_notify AFTER INSERT OR UPDATE OR DELETE ON processing_sessions
                    FOR EACH ROW EXECUTE FUNCTION notify_session_change();
                CREATE TRIGGER documents_notify AFTER INSERT OR UPDATE OR DELETE ON documents
                    FOR EACH ROW EXECUTE FUNCTION notify_session_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER documents_notify ON documents;
                DROP TRIGGER processing_sessions_notify ON processing_sessions;
                DROP FUNCTION notify_session_change();
                """);

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
