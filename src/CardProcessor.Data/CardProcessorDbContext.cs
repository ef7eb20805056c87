using CardProcessor.Data.Auditing;
using CardProcessor.Data.Cards;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Employees;
using CardProcessor.Data.Issues;
using CardProcessor.Data.Outbox;
using CardProcessor.Data.Receipts;
using CardProcessor.Data.Sessions;
using CardProcessor.Data.Transactions;
using CardProcessor.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Data;

/// <remarks>
/// Add a migration with:
/// <c>dotnet ef migrations add NAME --project src/CardProcessor.Data --startup-project src/CardProcessor.Data -o
/// Migrations</c>
/// (the design-time factory in this project supplies the connection).
/// </remarks>
public sealed class CardProcessorDbContext(DbContextOptions<CardProcessorDbContext> options) : DbContext(options)
{
    public DbSet<ProcessingSession> Sessions => Set<ProcessingSession>();

    public DbSet<SourceDocument> Documents => Set<SourceDocument>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<EmployeeRevision> EmployeeRevisions => Set<EmployeeRevision>();

    public DbSet<EmployeeAlias> EmployeeAliases => Set<EmployeeAlias>();

    public DbSet<Card> Cards => Set<Card>();

    public DbSet<StatementCard> StatementCards => Set<StatementCard>();

    public DbSet<CardTransaction> Transactions => Set<CardTransaction>();

    public DbSet<TransactionLineItem> TransactionLineItems => Set<TransactionLineItem>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<ValidationIssue> ValidationIssues => Set<ValidationIssue>();

    public DbSet<ValidationIssueEvent> ValidationIssueEvents => Set<ValidationIssueEvent>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<AppUser> Users => Set<AppUser>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CardProcessorDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is numeric(14,2) everywhere unless a configuration says otherwise (unit prices carry 5 decimals).
        configurationBuilder.Properties<decimal>().HavePrecision(14, 2);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }
}
