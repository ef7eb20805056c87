using System.Reflection.PortableExecutable;

namespace CardProcessor.Cli.Extraction;

/// <summary>Tells a ReadyToRun assembly (precompiled native code beside its IL) from an IL-only one.</summary>
internal static class ReadyToRunImage
{
    public static bool IsReadyToRun(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var reader = new PEReader(stream);

        // Crossgen writes the ReadyToRun header into the managed native header directory; IL-only images leave it
        // empty.
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
