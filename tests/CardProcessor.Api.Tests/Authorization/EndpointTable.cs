namespace CardProcessor.Api.Tests.Authorization;

/// <summary>
/// Every API endpoint and the roles that may call it. A new endpoint must be added here (a test enforces it).
/// </summary>
internal static class EndpointTable
{
    public const string Admin = "Admin";
    public const string Processor = "Processor";
    public const string Reviewer = "Reviewer";
    public const string ReadOnly = "ReadOnly";

    public static readonly string[] AllRoles = [Admin, Processor, Reviewer, ReadOnly];
    public static readonly string[] Readers = AllRoles;
    public static readonly string[] Processors = [Admin, Processor];
    public static readonly string[] Reviewers = [Admin, Reviewer];
    public static readonly string[] Admins = [Admin];

    /// <summary>(method, route template as registered, a concrete path, a JSON body or null, roles allowed).</summary>
    public static readonly (
        string Method,
        string Template,
        string Path,
        string? Body,
        string[] Allowed)[] Endpoints = Build();

    private static (string, string, string, string?, string[])[] Build()
    {
        var id = Guid.NewGuid();
        return
        [
            ("POST", "/api/v1/sessions/", "/api/v1/sessions",
                """{"name":"x","periodStart":"2025-03-01","periodEnd":"2025-03-31"}""", Processors),
            ("GET", "/api/v1/sessions/", "/api/v1/sessions", null, Readers),
            ("GET", "/api/v1/sessions/{id:guid}", $"/api/v1/sessions/{id}", null, Readers),
            ("PATCH", "/api/v1/sessions/{id:guid}", $"/api/v1/sessions/{id}", """{"name":"y"}""", Processors),
            ("DELETE", "/api/v1/sessions/{id:guid}", $"/api/v1/sessions/{id}", null, Processors),
            ("POST", "/api/v1/sessions/{id:guid}/process", $"/api/v1/sessions/{id}/process", null, Processors),
            ("GET", "/api/v1/sessions/{id:guid}/progress", $"/api/v1/sessions/{id}/progress", null, Readers),
            ("POST", "/api/v1/sessions/{id:guid}/documents", $"/api/v1/sessions/{id}/documents", null, Processors),
            ("GET", "/api/v1/sessions/{id:guid}/documents", $"/api/v1/sessions/{id}/documents", null, Readers),
            ("GET", "/api/v1/documents/{id:guid}", $"/api/v1/documents/{id}", null, Readers),
            ("GET", "/api/v1/documents/{id:guid}/pages/{page:int}", $"/api/v1/documents/{id}/pages/1", null,
                Readers),
            ("POST", "/api/v1/documents/{id:guid}/retry", $"/api/v1/documents/{id}/retry", null, Processors),
            ("POST", "/api/v1/sessions/{id:guid}/cancel", $"/api/v1/sessions/{id}/cancel", null, Processors),
            ("GET", "/api/v1/sessions/{id:guid}/events", $"/api/v1/sessions/{id}/events", null, Readers),
            ("GET", "/api/v1/me", "/api/v1/me", null, Readers),
            ("GET", "/api/v1/users", "/api/v1/users", null, Readers),
            ("GET", "/api/v1/sessions/{id:guid}/cards", $"/api/v1/sessions/{id}/cards", null, Readers),
            ("GET", "/api/v1/sessions/{id:guid}/transactions", $"/api/v1/sessions/{id}/transactions", null, Readers),
            ("GET", "/api/v1/sessions/{id:guid}/receipts", $"/api/v1/sessions/{id}/receipts", null, Readers),
            ("GET", "/api/v1/sessions/{id:guid}/issues", $"/api/v1/sessions/{id}/issues", null, Readers),
            ("GET", "/api/v1/sessions/{id:guid}/employees", $"/api/v1/sessions/{id}/employees", null, Readers),
            ("GET", "/api/v1/employees/{id:guid}", $"/api/v1/employees/{id}", null, Readers),
            ("GET", "/api/v1/employees/{id:guid}/history", $"/api/v1/employees/{id}/history", null, Readers),
            ("PATCH", "/api/v1/employees/{id:guid}", $"/api/v1/employees/{id}", """{"reason":"fix"}""", Reviewers),
            ("GET", "/api/v1/employees/{id:guid}/aliases", $"/api/v1/employees/{id}/aliases", null, Readers),
            ("POST", "/api/v1/employees/{id:guid}/aliases", $"/api/v1/employees/{id}/aliases",
                """{"alias":"Someone Else"}""", Reviewers),
            (
                "DELETE",
                "/api/v1/employees/{id:guid}/aliases",
                $"/api/v1/employees/{id}/aliases?alias=x",
                null,
                Reviewers),
            ("GET", "/api/v1/issues/{id:guid}", $"/api/v1/issues/{id}", null, Readers),
            ("PATCH", "/api/v1/issues/{id:guid}", $"/api/v1/issues/{id}",
                """{"status":"Resolved","note":"n"}""", Reviewers),
            ("POST", "/api/v1/issues/{id:guid}/comments", $"/api/v1/issues/{id}/comments",
                """{"text":"t"}""", Reviewers),
            (
                "POST",
                "/api/v1/issues/bulk",
                "/api/v1/issues/bulk",
                $$"""{"issueIds":["{{id}}"],"status":"Resolved","note":"n"}""",
                Reviewers),
            ("POST", "/api/v1/sessions/{id:guid}/validate", $"/api/v1/sessions/{id}/validate", null, Reviewers),
            ("GET", "/api/v1/sessions/{id:guid}/matches", $"/api/v1/sessions/{id}/matches", null, Readers),
            ("PUT", "/api/v1/receipts/{id:guid}/match", $"/api/v1/receipts/{id}/match",
                """{"transactionId":null}""", Reviewers),
            ("GET", "/api/v1/cards/{id:guid}", $"/api/v1/cards/{id}", null, Readers),
            ("PUT", "/api/v1/cards/{id:guid}/owner", $"/api/v1/cards/{id}/owner", """{"employeeId":null}""", Reviewers),
            ("GET", "/api/v1/sessions/{id:guid}/compare", $"/api/v1/sessions/{id}/compare", null, Readers),
            ("POST", "/api/v1/sessions/{id:guid}/approve", $"/api/v1/sessions/{id}/approve", null, Reviewers),
            ("GET", "/api/v1/audit", "/api/v1/audit", null, Admins),
            ("POST", "/api/v1/sessions/{id:guid}/reports/excel", $"/api/v1/sessions/{id}/reports/excel", null, Readers),
            (
                "POST",
                "/api/v1/sessions/{id:guid}/reports/csv",
                $"/api/v1/sessions/{id}/reports/csv?dataset=transactions",
                null,
                Readers),
            ("GET", "/api/v1/sessions/{id:guid}/packets", $"/api/v1/sessions/{id}/packets", null, Readers),
            ("GET", "/api/v1/reports/summary", $"/api/v1/reports/summary?session={id}", null, Readers),
            ("GET", "/api/v1/analytics/trends", "/api/v1/analytics/trends?groupBy=merchantGroup", null, Readers),
        ];
    }
}
