using Azure.Storage.Blobs;

namespace CardProcessor.Processing.Tests.Consumers;

/// <summary>
/// What the consumer tests of one class share: a migrated PostgreSQL database and an Azurite blob
/// container of their own. Each test starts its own bus through <see cref="ConsumerHost"/>.
/// </summary>
public sealed class ConsumerFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public string Container { get; } = $"cp-consumers-{Guid.NewGuid():N}";

    public async ValueTask InitializeAsync() => Database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        await new BlobContainerClient(TestEnvironment.Blobs, Container).DeleteIfExistsAsync();
        await Database.DisposeAsync();
    }
}
