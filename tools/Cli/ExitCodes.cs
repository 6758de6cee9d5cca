namespace PerfWorkflow.Cli;

/// <summary>What perfwf's exit status means; scripts of the finance bureau branch on these.</summary>
public static class ExitCodes
{
    /// <summary>Done, and no finding is an error.</summary>
    public const int Success = 0;

    /// <summary>Done, and at least one finding is an error (the form would be 退回修改).</summary>
    public const int ErrorFindings = 1;

    /// <summary>The input could not be read or the command line was wrong; nothing was checked.</summary>
    public const int InputUnreadable = 2;
}
