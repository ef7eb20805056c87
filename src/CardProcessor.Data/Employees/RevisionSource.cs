namespace CardProcessor.Data.Employees;

public enum RevisionSource
{
    Extraction,
    ManualEdit,
}
