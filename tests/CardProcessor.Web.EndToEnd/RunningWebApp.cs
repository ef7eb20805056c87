using CardProcessor.Web.EndToEnd.Support;

namespace CardProcessor.Web.EndToEnd;

/// <summary>One set of running services for all the browser tests: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class RunningWebApp : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web app";
}
