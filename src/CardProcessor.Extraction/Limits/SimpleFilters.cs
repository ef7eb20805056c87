namespace CardProcessor.Extraction.Limits;

/// <summary>ASCIIHex, ASCII85 and RunLength decoding, with RunLength's up-to-64-fold growth capped.</summary>
internal static class SimpleFilters
{
    public static byte[] Decode(string filter, byte[] input, long cap) => filter switch
    {
        "ASCIIHexDecode" or "AHx" => AsciiHex(input),
        "ASCII85Decode" or "A85" => Ascii85(input),
        _ => RunLength(input, cap),
    };

    private static byte[] AsciiHex(byte[] input)
    {
        var output = new MemoryStream(input.Length / 2);
        var high = -1;
        foreach (var b in input)
        {
            if (b == (byte)'>')
            {
                break;
            }

            var value = PdfBytes.HexValue(b);
            if (value < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = value;
            }
            else
            {
                output.WriteByte((byte)((high << 4) | value));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.WriteByte((byte)(high << 4));
        }

        return output.ToArray();
    }

    private static byte[] Ascii85(byte[] input)
    {
        var output = new MemoryStream(input.Length);
        uint tuple = 0;
        var count = 0;
        foreach (var b in input)
        {
            if (b == (byte)'~')
            {
                break;
            }

            if (b == (byte)'z' && count == 0)
            {
                output.Write([0, 0, 0, 0]);
                continue;
            }

            if (b is < (byte)'!' or > (byte)'u')
            {
                continue;
            }

            tuple = unchecked((tuple * 85) + (uint)(b - '!'));
            if (++count == 5)
            {
                output.Write([(byte)(tuple >> 24), (byte)(tuple >> 16), (byte)(tuple >> 8), (byte)tuple]);
                tuple = 0;
                count = 0;
            }
        }

        if (count > 1)
        {
            for (var i = count; i < 5; i++)
            {
                tuple = unchecked((tuple * 85) + 84);
            }

            output.Write([(byte)(tuple >> 24), (byte)(tuple >> 16), (byte)(tuple >> 8), (byte)tuple], 0, count - 1);
        }

        return output.ToArray();
    }

    private static byte[] RunLength(byte[] input, long cap)
    {
        var output = new MemoryStream(input.Length);
        for (var i = 0; i < input.Length && output.Length <= cap;)
        {
            int length = input[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                var take = Math.Min(length + 1, input.Length - i);
                output.Write(input, i, take);
                i += take;
            }
            else if (i < input.Length)
            {
                for (var n = 0; n < 257 - length; n++)
                {
                    output.WriteByte(input[i]);
                }

                i++;
            }
        }

        return output.ToArray();
    }
}
