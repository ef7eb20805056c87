using System.Globalization;
using CardProcessor.Extraction.Documents;
using CardProcessor.Extraction.GeneralStatements;
using CardProcessor.Extraction.Layout;
using CardProcessor.Extraction.Model;
using CardProcessor.Extraction.Reconciliation;

namespace CardProcessor.Extraction;

/// <summary>
/// Recognises a statement or receipt report from its content and extracts it. The pages may come
/// from the PDF text layer (<see cref="PdfLayoutReader"/>) or from Document Intelligence.
/// </summary>
public sealed class DocumentExtractor
{
    // A cover or blank-looking first page should not make a document unrecognisable, but reading
    // far into an unknown document only to reject it wastes time.
    private const int RecognitionPageLimit = 3;

    private readonly IReadOnlyList<IDocumentFamily> _families;

    /// <summary>An extractor for every document family the engine reads.</summary>
    public DocumentExtractor()
        : this(DocumentFamilies.All)
    {
    }

    internal DocumentExtractor(IReadOnlyList<IDocumentFamily> families) => _families = families;

    /// <summary>Reads the pages in one pass, holding one page at a time.</summary>
    /// <exception cref="DocumentHasNoTextException">No page has a text layer.</exception>
    /// <exception cref="UnrecognizedDocumentException">The document is none of the families read.</exception>
    /// <exception cref="LayoutNotUnderstoodException">A statement from which no transaction was read.</exception>
    /// <exception cref="SeveralDocumentsException">The PDF holds a second document after the first.</exception>
    public ExtractedDocument Extract(IEnumerable<LayoutPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        IDocumentReader? reader = null;
        IDocumentFamily? readFamily = null;
        var pagesWithoutText = new List<int>();
        var pageCount = 0;
        var unrecognizedPages = 0;
        var unreadEvidence = 0;
        foreach (var page in pages)
        {
            pageCount++;
            if (!page.HasText)
            {
                pagesWithoutText.Add(page.Number);
                continue;
            }

            if (reader is null)
            {
                var lines = LineBuilder.Build(page.Words);
                readFamily = _families.FirstOrDefault(f => f.Recognizes(lines));
                if (readFamily is null)
                {
                    unreadEvidence += RowEvidence.Count(lines, page.Width);
                    if (++unrecognizedPages >= RecognitionPageLimit)
                    {
                        break;
                    }

                    continue;
                }

                if (unreadEvidence > 0)
                {
                    throw SecondDocument.FirstNotRead(unreadEvidence, readFamily, page.Number);
                }

                reader = DocumentFamilies.CreateReader(readFamily);
            }
            else if (SecondDocument.Starts(page, readFamily!) is { } second)
            {
                throw SecondDocument.Refuse(readFamily!, second, page.Number);
            }

            reader.Read(page);
        }

        if (reader is null)
        {
            if (unrecognizedPages > 0)
            {
                throw new UnrecognizedDocumentException(
                    $"The document is not a statement or receipt report the extractor reads "
                        + $"({DocumentFamilies.Expected()}).");
            }

            throw new DocumentHasNoTextException(
                $"None of the document's {pageCount.ToString(CultureInfo.InvariantCulture)} pages has a text layer; it "
                    + $"needs OCR.")
            {
                PageCount = pageCount,
            };
        }

        var document = reader.Complete();
        NothingRead.ThrowIfEmpty(document, reader);
        var findings = document.Findings.Concat(pagesWithoutText.Select(FindingFactory.PageWithoutText)).ToList();
        return DocumentMasking.Mask(document with
        {
            PageCount = pageCount,
            PagesWithoutText = pagesWithoutText,
            Findings = findings,
        });
    }

    /// <summary>Recognises a document from its first page, for upload-time kind detection.</summary>
    /// <returns>The kind and layout (one of <see cref="DocumentLayouts"/>), or null if not recognised.</returns>
    public static (DocumentKind Kind, string Layout)? Recognize(LayoutPage firstPage)
    {
        ArgumentNullException.ThrowIfNull(firstPage);
        if (!firstPage.HasText)
        {
            return null;
        }

        var family = DocumentFamilies.Recognize(LineBuilder.Build(firstPage.Words));
        return family is null ? null : (family.Kind, family.Layout);
    }
}
