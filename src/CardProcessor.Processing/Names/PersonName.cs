using System.Globalization;
using System.Text;

namespace CardProcessor.Processing.Names;

/// <summary>
/// How names are compared across documents. The statement prints <c>JANEDOE</c> (no space), the
/// receipt images report <c>Jane A. Doe</c>, other reports <c>JANE Q DOE</c>: dropping middle
/// initials, punctuation, spaces and case makes them one key.
/// </summary>
public static class PersonName
{
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var token in name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = LettersAndDigits(token);
            // A lone letter is a middle initial, which one document prints and the other does not.
            if (letters.Length == 1 && char.IsLetter(letters[0]))
            {
                continue;
            }

            builder.Append(letters);
        }

        return builder.ToString();
    }

    private static string LettersAndDigits(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var character in token.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(character))
            {
                builder.Append(char.ToUpperInvariant(character));
            }
        }

        return builder.ToString();
    }
}
