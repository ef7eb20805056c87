namespace CardProcessor.Extraction.Model;

public enum CodingType
{
    Job,
    GL,
}
