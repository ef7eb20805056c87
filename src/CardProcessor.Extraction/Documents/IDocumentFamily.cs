using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;

namespace CardProcessor.Extraction.Documents;

/// <summary>A family of documents the engine reads: how to recognise one and how to read it.</summary>
internal interface IDocumentFamily
{
    DocumentKind Kind { get; }

    /// <summary>One of <see cref="DocumentLayouts"/>.</summary>
    string Layout { get; }

    /// <summary>How the family is named in an error message, with the text that identifies it.</summary>
    string Description { get; }

    /// <summary>Whether the lines of a document's first page with text belong to this family.</summary>
    bool Recognizes(IReadOnlyList<LayoutLine> firstPageLines);

    IDocumentReader CreateReader();
}
