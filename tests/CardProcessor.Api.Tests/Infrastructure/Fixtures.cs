namespace CardProcessor.Api.Tests.Infrastructure;

/// <summary>The shared fixture documents, read by path (never copied into the repository).</summary>
internal static class Fixtures
{
    public static string Car(string name) => Path.Combine(TestEnvironment.SharedFixtures, "car", name);

    public static string Statements(string name) => Path.Combine(TestEnvironment.SharedFixtures, "statements", name);

    public static MultipartFormDataContent Upload(byte[] content, string fileName, string? kind = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        return form;
    }

    public static MultipartFormDataContent Upload(string path, string? kind = null) =>
        Upload(File.ReadAllBytes(path), Path.GetFileName(path), kind);
}
