using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Documents;

/// <summary>
/// Masks any full card number in the text fields of an extracted document before it leaves the
/// engine. References and ids are left alone: they are 11 to 23 digit transaction references
/// that must be kept exactly, and a card number is never printed in those columns.
/// </summary>
internal static class DocumentMasking
{
    public static ExtractedDocument Mask(ExtractedDocument document) => document with
    {
        Company = CardNumberMasking.MaskOrNull(document.Company),
        AccountCode = CardNumberMasking.MaskOrNull(document.AccountCode),
        CustomerId = CardNumberMasking.MaskOrNull(document.CustomerId),
        Cardholders = document.Cardholders.Select(Mask).ToList(),
        Receipts = document.Receipts.Select(Mask).ToList(),
        Findings = document.Findings.Select(f => f with { Message = CardNumberMasking.Mask(f.Message) }).ToList(),
    };

    private static ExtractedCardholder Mask(ExtractedCardholder cardholder) => cardholder with
    {
        Name = CardNumberMasking.Mask(cardholder.Name),
        DisplayName = CardNumberMasking.MaskOrNull(cardholder.DisplayName),
        CardNumber = CardNumberMasking.MaskOrNull(cardholder.CardNumber),
        EmployeeId = CardNumberMasking.MaskOrNull(cardholder.EmployeeId),
        CustomerId = CardNumberMasking.MaskOrNull(cardholder.CustomerId),
        Transactions = cardholder.Transactions.Select(Mask).ToList(),
    };

    private static ExtractedTransaction Mask(ExtractedTransaction transaction) => transaction with
    {
        Merchant = CardNumberMasking.Mask(transaction.Merchant),
        City = CardNumberMasking.MaskOrNull(transaction.City),
        State = CardNumberMasking.MaskOrNull(transaction.State),
        MerchantGroup = CardNumberMasking.MaskOrNull(transaction.MerchantGroup),
        LineItems = transaction.LineItems.Select(i => i with { Description = CardNumberMasking.Mask(i.Description) })
            .ToList(),
    };

    private static ExtractedReceipt Mask(ExtractedReceipt receipt) => receipt with
    {
        Employee = CardNumberMasking.Mask(receipt.Employee),
        Cardholder = CardNumberMasking.MaskOrNull(receipt.Cardholder),
        Merchant = CardNumberMasking.MaskOrNull(receipt.Merchant),
        Title = CardNumberMasking.MaskOrNull(receipt.Title),
        Purpose = CardNumberMasking.MaskOrNull(receipt.Purpose),
        MerchantAddress = CardNumberMasking.MaskOrNull(receipt.MerchantAddress),
        ExpenseType = CardNumberMasking.MaskOrNull(receipt.ExpenseType),
        Coding = receipt.Coding is null ? null : receipt.Coding with
        {
            JobName = CardNumberMasking.MaskOrNull(receipt.Coding.JobName),
            PhaseName = CardNumberMasking.MaskOrNull(receipt.Coding.PhaseName),
            GlDescription = CardNumberMasking.MaskOrNull(receipt.Coding.GlDescription),
        },
    };
}
