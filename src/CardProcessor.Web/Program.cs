using CardProcessor.ServiceDefaults;
using CardProcessor.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddWebServices();

var app = builder.Build();
app.UseWebPipeline();
app.MapWebEndpoints();
await app.RunAsync();
