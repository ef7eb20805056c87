using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Employees;

/// <summary>The employee fields a reviewer may correct, and the PATCH that sends only those that changed.</summary>
public static class EmployeeFields
{
    public static IEnumerable<(string Field, string Label, string? Value)> Editable(Employee employee) =>
    [
        ("name", "Name", employee.Name),
        ("displayName", "Display name", employee.DisplayName),
        ("department", "Department", employee.Department),
        ("costCentre", "Cost centre", employee.CostCentre),
        ("glCode", "GL code", employee.GlCode),
        ("manager", "Manager", employee.Manager),
    ];

    /// <summary>The reason and each changed field; an unchanged field is left out so the revision's diff is
    /// exact.</summary>
    public static Dictionary<string, string?> Patch(Func<string, string?> posted, Employee current)
    {
        var body = new Dictionary<string, string?> { ["reason"] = posted("reason")?.Trim() };
        foreach (var (field, _, value) in Editable(current))
        {
            var typed = posted(field)?.Trim();
            if (typed is not null && typed != (value ?? ""))
            {
                body[field] = typed;
            }
        }

        return body;
    }
}
