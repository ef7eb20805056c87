namespace CardProcessor.Extraction.Limits;

/// <summary>
/// Counts the operators of a content stream by tokenising it without building anything, stopping
/// one past the cap: a page of three million <c>Tj</c>s is refused in milliseconds, not parsed.
/// </summary>
internal static class ContentOperatorCounter
{
    public static long Count(ReadOnlySpan<byte> content, long cap)
    {
        long operators = 0;
        var i = 0;
        while (i < content.Length && operators <= cap)
        {
            var b = content[i];
            if (PdfBytes.IsWhitespace(b))
            {
                i++;
            }
            else if (b == (byte)'%')
            {
                while (i < content.Length && content[i] is not (10 or 13))
                {
                    i++;
                }
            }
            else if (b == (byte)'(')
            {
                i = SkipLiteralString(content, i + 1);
            }
            else if (b == (byte)'<' && (i + 1 >= content.Length || content[i + 1] != (byte)'<'))
            {
                var end = content[i..].IndexOf((byte)'>');
                i = end < 0 ? content.Length : i + end + 1;
            }
            else if (b == (byte)'/')
            {
                i++;
                while (i < content.Length && PdfBytes.IsRegular(content[i]))
                {
                    i++;
                }
            }
            else if (PdfBytes.IsDelimiter(b))
            {
                i++;
            }
            else
            {
                var start = i;
                while (i < content.Length && PdfBytes.IsRegular(content[i]))
                {
                    i++;
                }

                var word = content[start..i];
                if (!IsNumber(word))
                {
                    operators++;
                    if (word.SequenceEqual("ID"u8))
                    {
                        i = SkipInlineImage(content, i + 1);
                    }
                }
            }
        }

        return operators;
    }

    private static bool IsNumber(ReadOnlySpan<byte> word) =>
        word[0] is (byte)'+' or (byte)'-' or (byte)'.' || PdfBytes.IsDigit(word[0]);

    private static int SkipLiteralString(ReadOnlySpan<byte> content, int i)
    {
        var open = 1;
        while (i < content.Length)
        {
            var b = content[i++];
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

        return content.Length;
    }

    private static int SkipInlineImage(ReadOnlySpan<byte> content, int i)
    {
        // The image data is binary; it ends at an EI between whitespace.
        while (i < content.Length)
        {
            var found = content[i..].IndexOf("EI"u8);
            if (found < 0)
            {
                return content.Length;
            }

            var at = i + found;
            var before = at == 0 || PdfBytes.IsWhitespace(content[at - 1]);
            var after = at + 2 >= content.Length || !PdfBytes.IsRegular(content[at + 2]);
            if (before && after)
            {
                return at + 2;
            }

            i = at + 2;
        }

        return content.Length;
    }
}
