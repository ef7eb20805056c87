namespace CardProcessor.Extraction.Limits;

/// <summary>
/// Counts how deep arrays and dictionaries nest in an object's bytes without parsing it, so that a
/// deferred object (<see cref="PdfObject"/>) is refused at once if PdfPig's recursion could not read it.
/// </summary>
internal static class NestingGuard
{
    public static void Check(ReadOnlySpan<byte> body, int maxDepth)
    {
        var depth = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case (byte)'(':
                    i = SkipString(body, i + 1);
                    break;
                case (byte)'%':
                    while (i + 1 < body.Length && body[i + 1] is not (10 or 13))
                    {
                        i++;
                    }

                    break;
                case (byte)'[':
                    depth++;
                    break;
                case (byte)'<' when i + 1 < body.Length && body[i + 1] == (byte)'<':
                    depth++;
                    i++;
                    break;
                case (byte)']':
                    depth--;
                    break;
                case (byte)'>' when i + 1 < body.Length && body[i + 1] == (byte)'>':
                    depth--;
                    i++;
                    break;
            }

            if (depth > maxDepth)
            {
                throw new DocumentLimitExceededException(DocumentBound.NestingDepth,
                    $"The PDF nests arrays and dictionaries deeper than the {maxDepth}-level limit.");
            }
        }
    }

    private static int SkipString(ReadOnlySpan<byte> body, int i)
    {
        for (var open = 1; i < body.Length; i++)
        {
            var b = body[i];
            if (b == (byte)'\\')
            {
                i++;
            }
            else if (b == (byte)'(')
            {
                open++;
            }
            else if (b == (byte)')' && --open == 0)
            {
                return i;
            }
        }

        return body.Length;
    }
}
