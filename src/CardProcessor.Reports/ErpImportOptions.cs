using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Reports;

public sealed class ErpImportOptions
{
    /// <summary>
    /// <see cref="ErpDateFormat.Legacy"/> (the default) for the file the accounts-payable import was set
    /// up for, <see cref="ErpDateFormat.Iso"/> for ISO dates. A value that names neither stops the API at
    /// start.
    /// </summary>
    [EnumDataType(typeof(ErpDateFormat))]
    public ErpDateFormat DateFormat { get; set; } = ErpDateFormat.Legacy;
}
