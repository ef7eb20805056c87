using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CardProcessor.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting an application host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CardProcessorDbContext>
{
    public CardProcessorDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
            ?? "Host=127.0.0.1;Port=55432;Database=cardprocessor_design;Username=cardprocessor";
        var options = new DbContextOptionsBuilder<CardProcessorDbContext>();
        CardProcessorDatabase.Configure(options, connectionString);
        return new CardProcessorDbContext(options.Options);
    }
}
