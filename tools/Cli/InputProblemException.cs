namespace PerfWorkflow.Cli;

/// <summary>
/// The input (file or command line) cannot be used. Its message is Simplified Chinese and is all the user sees:
/// the tool turns it into one line on stderr and exit code 2.
/// </summary>
public sealed class InputProblemException(string message) : Exception(message);
