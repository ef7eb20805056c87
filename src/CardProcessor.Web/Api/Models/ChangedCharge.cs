namespace CardProcessor.Web.Api.Models;

public sealed record ChangedCharge(ComparedCharge Before, ComparedCharge After, IReadOnlyList<string> Fields);
