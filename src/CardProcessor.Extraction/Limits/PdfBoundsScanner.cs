namespace CardProcessor.Extraction.Limits;

/// <summary>
/// The pre-scan: finds every object, decrypts and inflates streams under the caps, walks the page
/// tree and counts each page's operators, all before PdfPig decodes anything.
/// </summary>
internal sealed class PdfBoundsScanner
{
    private readonly PdfObjectTable _table;
    private readonly DocumentLimits _limits;
    private readonly StreamBudget _budget;
    private readonly Dictionary<int, long> _formOperators = [];

    private PdfBoundsScanner(PdfObjectTable table, DocumentLimits limits)
    {
        _table = table;
        _limits = limits;
        _budget = new StreamBudget(table, StandardSecurityHandler.For(table), limits);
    }

    public static DocumentBoundsReport Scan(ReadOnlyMemory<byte> pdf, DocumentLimits limits, int? pagesToCheck)
    {
        var scanner = new PdfBoundsScanner(PdfObjectTable.Scan(pdf, limits), limits);
        return scanner.Run(pdf.Length, pagesToCheck);
    }

    private DocumentBoundsReport Run(int length, int? pagesToCheck)
    {
        ExpandObjectStreams();
        var pages = PdfPageTree.Walk(_table, _limits);
        long busiest = 0;
        foreach (var page in pages.Take(pagesToCheck ?? int.MaxValue))
        {
            busiest = Math.Max(busiest, CheckPage(page));
        }

        if (pagesToCheck is null)
        {
            foreach (var obj in _table.Objects.Where(o => o.IsStream && !_budget.WasDecoded(o)).ToList())
            {
                _budget.Decode(obj, keep: false);
            }
        }

        return new DocumentBoundsReport(pages.Count, _budget.DecodedBytes, busiest, length);
    }

    private void ExpandObjectStreams()
    {
        var objectStreams = _table.Objects.Where(o => o.IsStream && o.Dictionary?.Is("Type", "ObjStm") == true);
        foreach (var stream in objectStreams.ToList())
        {
            var data = _budget.Decode(stream, keep: true);
            if (data is null || stream.Dictionary!["N"] is not long count
                || stream.Dictionary["First"] is not long first)
            {
                continue;
            }

            var reader = new PdfSyntaxReader(data, _limits.MaxNestingDepth);
            var offsets = new List<(int Number, long Offset)>();
            try
            {
                for (var i = 0; i < count && i < _limits.MaxObjects; i++)
                {
                    if (reader.ReadValue() is long number && reader.ReadValue() is long offset)
                    {
                        offsets.Add(((int)number, offset));
                    }
                }

                foreach (var (number, offset) in offsets)
                {
                    if (first + offset < data.Length)
                    {
                        reader.Position = (int)(first + offset);
                        _table.AddCompressed(new PdfObject(number, 0, reader.ReadValue(), -1, 0));
                    }
                }
            }
            catch (PdfSyntaxException)
            {
                // A damaged object stream gives what it gave; PdfPig treats the rest as missing.
            }
        }
    }

    /// <returns>The page's operators, its forms included.</returns>
    private long CheckPage(PdfPageNode page)
    {
        long operators = 0;
        var contents = _table.Resolve(page.Page["Contents"]) switch
        {
            List<object?> parts => parts,
            _ => [page.Page["Contents"]],
        };
        foreach (var part in contents)
        {
            if (part is PdfRef reference && _table.Get(reference.Number) is { IsStream: true } stream)
            {
                var content = _budget.Decode(stream, keep: true, $"page {page.Number}'s content") ?? [];
                operators += ContentOperatorCounter.Count(content, _limits.MaxOperatorsPerPage);
            }
        }

        foreach (var resource in Reachable(page))
        {
            if (resource.Dictionary?.Is("Subtype", "Form") == true)
            {
                operators += FormOperators(resource, page.Number);
            }
            else
            {
                _budget.Decode(resource, keep: false, $"page {page.Number}'s {StreamBudget.Describe(resource)}");
            }

            CheckOperators(page.Number, operators);
        }

        CheckOperators(page.Number, operators);
        return operators;
    }

    private long FormOperators(PdfObject form, int pageNumber)
    {
        if (!_formOperators.TryGetValue(form.Number, out var count))
        {
            var content = _budget.Decode(form, keep: true, $"page {pageNumber}'s form (object {form.Number})") ?? [];
            count = ContentOperatorCounter.Count(content, _limits.MaxOperatorsPerPage);
            _formOperators[form.Number] = count;
        }

        return count;
    }

    private void CheckOperators(int pageNumber, long operators)
    {
        if (operators > _limits.MaxOperatorsPerPage)
        {
            throw new DocumentLimitExceededException(DocumentBound.OperatorsPerPage,
                $"Page {pageNumber} has more than the {LimitText.Count(_limits.MaxOperatorsPerPage)} content " +
                "operators allowed per page.");
        }
    }

    /// <summary>The streams a page reaches through its resources and annotations (not its parent).</summary>
    private List<PdfObject> Reachable(PdfPageNode page)
    {
        var streams = new List<PdfObject>();
        var visited = new HashSet<int>();
        var pending = new Stack<object?>([page.Resources, page.Page["Annots"]]);
        while (pending.Count > 0)
        {
            var value = pending.Pop();
            if (value is PdfRef reference)
            {
                if (!visited.Add(reference.Number) || _table.Get(reference.Number) is not { } target)
                {
                    continue;
                }

                if (target.IsStream)
                {
                    streams.Add(target);
                }

                value = target.Value;
            }

            switch (value)
            {
                case PdfDictionary dictionary:
                    foreach (var (key, child) in dictionary.Entries)
                    {
                        if (key is not ("Parent" or "P"))
                        {
                            pending.Push(child);
                        }
                    }

                    break;
                case List<object?> items:
                    items.ForEach(pending.Push);
                    break;
            }
        }

        return streams;
    }
}
