namespace PerfWorkflow.Contracts; internal static class Placeholder { }
