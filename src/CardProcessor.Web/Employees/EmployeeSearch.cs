using CardProcessor.Web.Api.Models;

namespace CardProcessor.Web.Employees;

internal static class EmployeeSearch
{
    /// <summary>Employees whose name, display name, number, department or card's last four contain the text.</summary>
    public static IEnumerable<Employee> Filter(IEnumerable<Employee> employees, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return employees;
        }

        var text = search.Trim();
        bool Has(string? value) => value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;
        return employees.Where(e => Has(e.Name) || Has(e.DisplayName) || Has(e.EmployeeNumber) || Has(e.Department)
            || e.CardLast4.Any(c => c == text));
    }
}
