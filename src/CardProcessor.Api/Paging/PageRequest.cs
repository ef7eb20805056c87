using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Api.Paging;

/// <summary>The paging parameters every list endpoint takes.</summary>
/// <remarks>
/// Nullable properties rather than a positional record with defaults: [AsParameters] binds a missing
/// query value as 0, and OpenAPI generation fails on validation attributes on constructor parameters
/// (dotnet/aspnetcore#65348).
/// </remarks>
public sealed record PageRequest
{
    public const int MaxPageSize = 500;

    /// <summary>1-based page number (default 1).</summary>
    [Range(1, int.MaxValue)]
    public int? Page { get; init; }

    /// <summary>Items per page (default 50, at most 500).</summary>
    [Range(1, MaxPageSize)]
    public int? PageSize { get; init; }

    public int Number => Page ?? 1;

    public int Size => PageSize ?? 50;

    public int Skip => (Number - 1) * Size;
}
