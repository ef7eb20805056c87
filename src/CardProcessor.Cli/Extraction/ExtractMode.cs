namespace CardProcessor.Cli.Extraction;

internal enum ExtractMode
{
    Local,
    DocumentIntelligence,
}
