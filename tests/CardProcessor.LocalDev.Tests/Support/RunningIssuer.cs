namespace CardProcessor.LocalDev.Tests.Support;

/// <summary>
/// The development issuer as the scripts run it: its own process, on a port the system chooses, with its key
/// and address under a checkout's <c>.local/dev-identity/</c>.
/// </summary>
public sealed class RunningIssuer : IAsyncDisposable
{
    private readonly BuiltProgram _program;

    private RunningIssuer(BuiltProgram program, Uri address)
    {
        _program = program;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<RunningIssuer> StartAsync(TempCheckout checkout)
    {
        var program = BuiltProgram.Start(
            "CardProcessor.DevIdentity",
            "CardProcessor.DevIdentity.dll",
            ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["DevIdentity__KeyFile"] = checkout.KeyFile,
                ["DevIdentity__AddressFile"] = checkout.AddressFile,
            });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(checkout.AddressFile))
        {
            if (program.HasExited || DateTime.UtcNow > deadline)
            {
                await program.DisposeAsync();
                throw new InvalidOperationException("the issuer did not write its address file");
            }

            await Task.Delay(50);
        }

        return new RunningIssuer(program, new Uri(File.ReadAllText(checkout.AddressFile).Trim()));
    }

    public Task StopAsync() => _program.StopAsync();

    public ValueTask DisposeAsync() => _program.DisposeAsync();
}
