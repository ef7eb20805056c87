using Microsoft.Extensions.Primitives;

namespace MetricsProbe;

/// <summary>
/// Lays out a folder the way kubelet mounts a ConfigMap (validation.json -> ..data/validation.json,
/// ..data -> ..timestamp/), reads it with AddJsonFile(reloadOnChange: true), then swaps ..data as kubelet
/// does on an update and waits for the new value.
/// </summary>
internal static class ConfigReloadProbe
{
    public static async Task<int> RunAsync()
    {
        var root = Directory.CreateTempSubdirectory("configmap-").FullName;
        try
        {
            WriteVersion(root, "..2026_01_01_00_00_00.1", 5);
            File.CreateSymbolicLink(Path.Combine(root, "..data"), "..2026_01_01_00_00_00.1");
            File.CreateSymbolicLink(Path.Combine(root, "validation.json"), Path.Combine("..data", "validation.json"));

            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(root, "validation.json"), optional: true, reloadOnChange: true)
                .Build();
            var changed = new TaskCompletionSource();
            using var subscription = ChangeToken.OnChange(configuration.GetReloadToken, () =>
            {
                if (configuration["Validation:AmountToleranceDollars"] == "9")
                {
                    changed.TrySetResult();
                }
            });
            Console.WriteLine(
                $"before: Validation:AmountToleranceDollars = {configuration["Validation:AmountToleranceDollars"]}");

            // kubelet's update: a new timestamped folder, ..data re-pointed atomically, the old folder removed.
            WriteVersion(root, "..2026_01_01_00_01_00.2", 9);
            var temporaryLink = Path.Combine(root, "..data_tmp");
            File.CreateSymbolicLink(temporaryLink, "..2026_01_01_00_01_00.2");
            // rename(2) of the link itself, as kubelet does (File.Move would follow the link to the folder).
            using (var rename = System.Diagnostics.Process.Start("mv",
                ["-T", "-f", temporaryLink, Path.Combine(root, "..data")]))
            {
                await rename.WaitForExitAsync();
            }

            Directory.Delete(Path.Combine(root, "..2026_01_01_00_00_00.1"), recursive: true);

            var reloaded = await Task.WhenAny(changed.Task, Task.Delay(TimeSpan.FromSeconds(15))) == changed.Task;
            Console.WriteLine(
                $"after:  Validation:AmountToleranceDollars = {configuration["Validation:AmountToleranceDollars"]}");
            Console.WriteLine(reloaded
                ? "config-reload: the swapped ConfigMap file was picked up"
                : "config-reload: NOT picked up within 15 s");
            return reloaded ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void WriteVersion(string root, string folder, int tolerance)
    {
        Directory.CreateDirectory(Path.Combine(root, folder));
        File.WriteAllText(Path.Combine(root, folder, "validation.json"),
            $$"""{ "Validation": { "AmountToleranceDollars": {{tolerance}} } }""");
    }
}
