using CardProcessor.Processing;
using CardProcessor.Processing.Extraction;
using CardProcessor.ServiceDefaults;

// The worker: consumes ProcessDocument and DocumentProcessed from RabbitMQ. It serves only health and metrics over
// HTTP.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddCardProcessorCore(builder.Configuration);
builder.Services.AddDocumentIntelligenceReader(builder.Configuration);
builder.Services.AddCardProcessorMessaging(builder.Configuration, hostConsumers: true);

var app = builder.Build();
app.UseDefaultMetrics();
app.MapDefaultEndpoints();
await app.RunAsync();
