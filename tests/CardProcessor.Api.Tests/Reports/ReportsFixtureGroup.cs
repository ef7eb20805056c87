namespace CardProcessor.Api.Tests.Reports;

/// <summary>
/// The report test classes share one API and its seeded sessions: extracting the fixture pair once is enough.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReportsFixtureGroup : ICollectionFixture<ReportsFixture>
{
    public const string Name = "Reports";
}
