using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.Tables;

/// <summary>One line of a table split into its columns' words.</summary>
internal sealed class RowCells
{
    private readonly IReadOnlyList<LayoutWord>[] _words;

    public RowCells(TableHeader header, IReadOnlyList<LayoutWord>[] words)
    {
        Header = header;
        _words = words;
    }

    public TableHeader Header { get; }

    public IReadOnlyList<LayoutWord> WordsAt(int column) => _words[column];

    /// <summary>The text of the first column of <paramref name="kind"/>, or an empty string.</summary>
    public string this[ColumnKind kind]
    {
        get
        {
            var index = Header.IndexOf(kind);
            return index < 0 ? string.Empty : TextAt(index);
        }
    }

    public string TextAt(int column) => string.Join(' ', _words[column].Select(w => w.Text));

    /// <summary>True when every word of the line is in a column of one of these kinds.</summary>
    public bool OnlyIn(params ColumnKind[] kinds)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            if (_words[i].Count > 0 && Array.IndexOf(kinds, Header.Columns[i].Kind) < 0)
            {
                return false;
            }
        }

        return true;
    }

    public bool IsEmpty(ColumnKind kind) => this[kind].Length == 0;
}
