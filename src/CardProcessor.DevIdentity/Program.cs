using CardProcessor.DevIdentity;

var app = DevIdentityApp.Build(args);
IssuerAddressFile.WriteWhileRunning(app);
app.Run();
