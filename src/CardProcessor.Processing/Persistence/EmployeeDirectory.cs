using CardProcessor.Data;
using CardProcessor.Data.Employees;
using CardProcessor.Processing.Names;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Persistence;

/// <summary>
/// Finds or creates the employees a document names, and records every change to their details as
/// a new revision. Matching: employee id where the document prints one, else normalised name, else
/// a reviewer-maintained alias.
/// </summary>
internal sealed class EmployeeDirectory(CardProcessorDbContext db, Guid sessionId, string actor, DateTimeOffset now)
{
    private readonly Dictionary<string, Employee> _byNumber = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Employee> _byName = new(StringComparer.Ordinal);

    // New revisions become current only after they are inserted: employee -> revision -> employee is a cycle EF cannot
    // order in one save.
    private readonly Dictionary<Employee, EmployeeRevision> _newCurrent = [];

    public async Task LoadAsync(
        IReadOnlyCollection<string> numbers,
        IReadOnlyCollection<string> normalizedNames,
        CancellationToken cancellationToken)
    {
        var aliasOwners = await db.EmployeeAliases
            .Where(a => normalizedNames.Contains(a.NormalizedAlias))
            .Select(a => new { a.NormalizedAlias, a.EmployeeId })
            .ToListAsync(cancellationToken);
        var aliasIds = aliasOwners.Select(a => a.EmployeeId).ToList();

        var employees = await db.Employees
            .Include(e => e.CurrentRevision)
            .Where(e => (e.EmployeeNumber != null && numbers.Contains(e.EmployeeNumber))
                || normalizedNames.Contains(e.NormalizedName)
                || aliasIds.Contains(e.Id))
            .ToListAsync(cancellationToken);

        foreach (var employee in employees)
        {
            if (employee.EmployeeNumber is not null)
            {
                _byNumber[employee.EmployeeNumber] = employee;
            }

            _byName.TryAdd(employee.NormalizedName, employee);
        }

        foreach (var alias in aliasOwners)
        {
            _byName.TryAdd(alias.NormalizedAlias, employees.First(e => e.Id == alias.EmployeeId));
        }
    }

    /// <summary>The employee for a person named on a document, created if this is the first time they appear.</summary>
    public Employee Resolve(string printedName, string? employeeNumber, string? displayName, string? cardLast4)
    {
        var normalized = PersonName.Normalize(displayName ?? printedName);
        var normalizedPrinted = PersonName.Normalize(printedName);
        var employee = (employeeNumber is not null ? _byNumber.GetValueOrDefault(employeeNumber) : null)
            ?? _byName.GetValueOrDefault(normalizedPrinted)
            ?? _byName.GetValueOrDefault(normalized);

        if (employee is null)
        {
            employee = new Employee
            {
                Id = Guid.CreateVersion7(),
                NormalizedName = normalizedPrinted,
                EmployeeNumber = employeeNumber,
                CreatedAt = now,
            };
            db.Employees.Add(employee);
        }
        else if (employee.EmployeeNumber is null && employeeNumber is not null)
        {
            employee.EmployeeNumber = employeeNumber;
        }

        if (employee.EmployeeNumber is not null)
        {
            _byNumber[employee.EmployeeNumber] = employee;
        }

        _byName.TryAdd(normalizedPrinted, employee);
        Revise(employee, printedName, employeeNumber, displayName, cardLast4);
        return employee;
    }

    private void Revise(
        Employee employee,
        string printedName,
        string? employeeNumber,
        string? displayName,
        string? cardLast4)
    {
        var latest = _newCurrent.GetValueOrDefault(employee) ?? employee.CurrentRevision;
        var current = latest?.Snapshot;
        var cards = new List<string>(current?.CardLast4 ?? []);
        if (cardLast4 is not null && !cards.Contains(cardLast4))
        {
            cards.Add(cardLast4);
            cards.Sort(StringComparer.Ordinal);
        }

        var next = (current ?? new EmployeeSnapshot { Name = printedName }) with
        {
            // A statement's printed name is the name of record; a receipt report only adds a display name.
            Name = displayName is null || current is null ? printedName : current.Name,
            DisplayName = displayName ?? current?.DisplayName,
            EmployeeNumber = employeeNumber ?? current?.EmployeeNumber,
            CardLast4 = cards,
        };

        if (current is not null && EmployeeSnapshots.AreEqual(current, next))
        {
            return;
        }

        var revision = new EmployeeRevision
        {
            Id = Guid.CreateVersion7(),
            EmployeeId = employee.Id,
            RevisionNumber = (latest?.RevisionNumber ?? 0) + 1,
            Snapshot = next,
            Source = RevisionSource.Extraction,
            Actor = actor,
            Reason = "Extracted from an uploaded document",
            SessionId = sessionId,
            CreatedAt = now,
        };
        db.EmployeeRevisions.Add(revision);
        _newCurrent[employee] = revision;
    }

    /// <summary>Points each employee at its newest revision; call after the revisions were saved.</summary>
    public void PromoteNewRevisions()
    {
        foreach (var (employee, revision) in _newCurrent)
        {
            employee.CurrentRevisionId = revision.Id;
        }

        _newCurrent.Clear();
    }
}
