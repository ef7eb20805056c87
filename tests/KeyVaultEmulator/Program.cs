using KeyVaultEmulator;

await using var app = EmulatorApp.Create(args);
await app.RunAsync();
