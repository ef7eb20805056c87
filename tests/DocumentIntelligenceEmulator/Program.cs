using DocumentIntelligenceEmulator;

await using var app = EmulatorApp.Create(args);
await app.RunAsync();
