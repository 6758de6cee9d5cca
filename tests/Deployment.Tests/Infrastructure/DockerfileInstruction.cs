namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>One Dockerfile instruction, continuation lines joined, and the build stage it belongs to (0 = first FROM).</summary>
public sealed record DockerfileInstruction(string Keyword, string Arguments, int Stage);
