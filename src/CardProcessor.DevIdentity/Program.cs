using CardProcessor.DevIdentity;

var app = DevIdentityApp.Build(args);
app.Run();
