using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CardProcessor.Data.Migrations
{
    /// <inheritdoc />
    public partial class CardIdentityBeyondMaskedNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "card_key",
                table: "cards",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(240)",
                oldMaxLength: 240);

            migrationBuilder.AddColumn<string>(
                name: "customer_id",
                table: "cards",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "employee_number",
                table: "cards",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            // Existing cards keep their rows, owners and history. Their printed employee id is taken
            // from the latest statement that showed them; no customer id was kept before, so it stays
            // empty until the card's next statement fills it. The key moves to the new form
            // number|customer id|employee id|normalised name (see CardDirectory in Processing): the
            // normalised name is what followed the last four in the old key "1234:JANEDOE".
            migrationBuilder.Sql("""
                UPDATE cards c
                SET employee_number = latest.employee_number
                FROM (
                    SELECT DISTINCT ON (card_id) card_id, employee_number
                    FROM statement_cards
                    WHERE employee_number IS NOT NULL AND employee_number <> ''
                    ORDER BY card_id, id DESC
                ) latest
                WHERE latest.card_id = c.id;

                UPDATE cards
                SET card_key = concat_ws('|',
                    COALESCE(NULLIF(translate(upper(regexp_replace(masked_number, '[^0-9A-Za-z*]', '', 'g')), '*', 'X'), ''), last4),
                    '',
                    COALESCE(replace(employee_number, '|', '/'), ''),
                    substr(card_key, strpos(card_key, ':') + 1));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to "1234:JANEDOE"; cards that only the new identity told apart get their id appended.
            migrationBuilder.Sql("""
                UPDATE cards c
                SET card_key = CASE WHEN keyed.rank = 1 THEN keyed.old_key ELSE keyed.old_key || ':' || c.id END
                FROM (
                    SELECT id, last4 || ':' || split_part(card_key, '|', 4) AS old_key,
                        row_number() OVER (PARTITION BY last4, split_part(card_key, '|', 4) ORDER BY id) AS rank
                    FROM cards
                ) keyed
                WHERE keyed.id = c.id;
                """);

            migrationBuilder.DropColumn(
                name: "customer_id",
                table: "cards");

            migrationBuilder.DropColumn(
                name: "employee_number",
                table: "cards");

            migrationBuilder.AlterColumn<string>(
                name: "card_key",
                table: "cards",
                type: "character varying(240)",
                maxLength: 240,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);
        }
    }
}
