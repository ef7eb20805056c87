using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Api.Paging;

/// <summary>The paging parameters every list endpoint takes.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page, at most <see cref="MaxPageSize"/>.</param>
public sealed record PageRequest([property: Range(1, int.MaxValue)] int Page = 1, [property: Range(1, PageRequest.MaxPageSize)] int PageSize = 50)
{
    public const int MaxPageSize = 500;

    public int Skip => (Page - 1) * PageSize;
}
