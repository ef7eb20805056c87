namespace CardProcessor.Api.Sessions;

public sealed record ChangedTransaction(
    ComparedTransaction Before,
    ComparedTransaction After,
    IReadOnlyList<string> Fields);
