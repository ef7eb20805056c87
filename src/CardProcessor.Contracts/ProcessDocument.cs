namespace CardProcessor.Contracts;

/// <summary>
/// Command: extract one uploaded document. A claim check: the worker downloads the PDF by
/// <paramref name="BlobName"/>; the bytes never travel through the broker.
/// </summary>
public sealed record ProcessDocument(Guid DocumentId, Guid SessionId, string BlobName);
