using DocumentIntelligenceEmulator.Analysis;
using DocumentIntelligenceEmulator.Faults;
using DocumentIntelligenceEmulator.Operations;
using Microsoft.Extensions.Options;

namespace DocumentIntelligenceEmulator.Api;

/// <summary>What the analyze handlers need, bound with <c>[AsParameters]</c>.</summary>
internal sealed record AnalyzeServices(
    OperationStore Operations,
    DocumentAnalyzer Analyzer,
    AttemptCounter Attempts,
    IOptions<EmulatorOptions> Options,
    TimeProvider Time,
    ILogger<DocumentAnalyzer> Logger);
