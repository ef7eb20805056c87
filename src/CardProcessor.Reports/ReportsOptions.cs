using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CardProcessor.Reports;

/// <summary>
/// The accounts-payable tool's fixed values for the ERP credit-card import: the old desktop tool
/// hard-coded them (<c>12332</c>, <c>LS</c>, <c>XX</c>), so they are configuration here.
/// </summary>
public sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>The ERP vendor number of the card issuer, on every line of the import.</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(30)]
    public string ErpVendor { get; set; } = string.Empty;

    /// <summary>The unit of measure of every line (lump sum).</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(10)]
    public string ErpUnitOfMeasure { get; set; } = string.Empty;

    /// <summary>The tax code of every line.</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(10)]
    public string ErpTaxCode { get; set; } = string.Empty;

    /// <summary>How the import writes its dates and invoice numbers (<c>Reports:ErpImport</c>).</summary>
    [Required]
    [ValidateObjectMembers]
    public ErpImportOptions ErpImport { get; set; } = new();
}
