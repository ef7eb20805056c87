using CardProcessor.Reports.Rows;
using CsvHelper;

namespace CardProcessor.Reports.Csv;

[CsvRecord]
internal sealed partial record EmployeeCsvRow
{
    [CsvColumn("Employee ID")]
    public string? EmployeeNumber { get; init; }

    [CsvColumn("Name")]
    public required string Name { get; init; }

    [CsvColumn("Display Name")]
    public string? DisplayName { get; init; }

    [CsvColumn("Department")]
    public string? Department { get; init; }

    [CsvColumn("Cost Centre")]
    public string? CostCentre { get; init; }

    [CsvColumn("GL Code")]
    public string? GlCode { get; init; }

    [CsvColumn("Manager")]
    public string? Manager { get; init; }

    /// <summary>Last fours of the employee's cards, space-separated.</summary>
    [CsvColumn("Cards")]
    public required string Cards { get; init; }

    [CsvColumn("Revision")]
    public int Revision { get; init; }

    /// <summary>The details of record: the employee id a reviewer corrected wins over the one first printed.</summary>
    public static EmployeeCsvRow From(EmployeeRow e) => new()
    {
        EmployeeNumber = e.RevisedEmployeeNumber ?? e.EmployeeNumber,
        Name = e.Name,
        DisplayName = e.DisplayName,
        Department = e.Department,
        CostCentre = e.CostCentre,
        GlCode = e.GlCode,
        Manager = e.Manager,
        Cards = string.Join(' ', e.CardLast4),
        Revision = e.Revision,
    };
}
