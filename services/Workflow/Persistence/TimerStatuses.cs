namespace PerfWorkflow.Workflow.Persistence;

/// <summary>A timer is pending until the sweep fires it or its reason goes away (cancelled).</summary>
public static class TimerStatuses
{
    public const string Pending = "pending";
    public const string Fired = "fired";
    public const string Cancelled = "cancelled";
}
