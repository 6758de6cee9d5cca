namespace PerfWorkflow.Hosting; internal static class Placeholder { }
