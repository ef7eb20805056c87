namespace DocumentIntelligenceEmulator.Faults;

/// <summary>How an accepted analysis ends.</summary>
public enum OperationOutcome
{
    Succeeded,
    Failed,
    Canceled,

    /// <summary>Stays <c>running</c> for ever, for timeout tests.</summary>
    Never,
}
