namespace PerfWorkflow.Domain.Forms;

/// <summary>整改清单 of one department in one fiscal year.</summary>
public sealed record RectificationList : IFormDocument
{
    public required string DepartmentName { get; init; }

    public int FiscalYear { get; init; }

    public IReadOnlyList<RectificationListRow> Items { get; init; } = [];

    StatedYear? IFormDocument.StatedYear => new(FiscalYear, "fiscalYear", "年度");
}
