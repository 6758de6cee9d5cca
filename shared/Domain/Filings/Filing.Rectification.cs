using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Filings;

/// <summary>
/// 整改清单: items raised from monitoring onwards, each moving on its own (open → submitted → verified, or rejected
/// back to open). The 整改 stage is approved, and the cycle closes, when the last item is verified in it.
/// </summary>
public sealed partial class Filing
{
    public IReadOnlyList<IFilingEvent> RaiseRectification(
        string userId,
        RectificationSource source,
        string problem,
        string measure,
        string owner,
        DateOnly deadline,
        DateTimeOffset now)
    {
        RequireOpenStage();
        if (Stage == CycleStage.Declaration)
        {
            throw Refuse("rectification.too-early", "绩效运行监控开始后才能提出整改事项。");
        }

        if (!Enum.IsDefined(source))
        {
            throw Refuse("rectification.source-unknown", "整改事项的来源无效。");
        }

        if (source == RectificationSource.SelfEvaluation && Stage < CycleStage.SelfEvaluation)
        {
            throw Refuse("rectification.source-stage", "绩效自评尚未开始，不能提出来源为绩效自评的整改事项。");
        }

        RequireText(problem, "问题");
        RequireText(measure, "整改措施");
        RequireText(owner, "责任人");
        if (deadline < DateOnly.FromDateTime(now.DateTime))
        {
            throw Refuse("rectification.deadline-past", $"整改期限 {deadline:yyyy-MM-dd} 已过，请设定今天或以后的日期。");
        }

        var item = new RectificationItem
        {
            Number = _s.RectificationItems.Count + 1,
            Source = source,
            Problem = problem.Trim(),
            Measure = measure.Trim(),
            Owner = owner.Trim(),
            Deadline = deadline,
            RaisedBy = userId,
            RaisedAt = now,
        };
        Advance(now, _s with { RectificationItems = [.. _s.RectificationItems, item] });
        return [new RectificationRaisedEvent(Id, item.Number, source, item.Problem, item.Measure, item.Owner, deadline, userId, now)];
    }

    /// <summary>The owner submits evidence (a description, links to documents, or both) that the item is done.</summary>
    public IReadOnlyList<IFilingEvent> SubmitRectification(string userId, int itemNumber, string? evidence, IReadOnlyList<string>? evidenceLinks, DateTimeOffset now)
    {
        var item = RequireItem(itemNumber);
        if (item.Status != RectificationStatus.Open)
        {
            throw Refuse("rectification.not-open", $"第 {itemNumber} 项整改事项不是待整改状态，不能提交。");
        }

        var links = (evidenceLinks ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        if (links.Count > EvidenceLink.MaxCount || links.Any(l => !EvidenceLink.IsSafe(l)))
        {
            throw Refuse("rectification.link-unsafe", $"佐证材料链接只能是 http:// 或 https:// 开头的网址，最多 {EvidenceLink.MaxCount} 个。");
        }

        var text = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
        if (text is null && links.Count == 0)
        {
            throw Refuse("rectification.evidence-required", "提交整改必须附上整改情况说明或佐证材料。");
        }

        var submitted = item with { Status = RectificationStatus.Submitted, Evidence = text, EvidenceLinks = links, SubmittedBy = userId, SubmittedAt = now };
        Advance(now, WithItem(_s, submitted));
        return [new RectificationSubmittedEvent(Id, itemNumber, userId, text, links, now)];
    }

    /// <summary>Finance accepts the evidence. In the 整改 stage, the last verification closes the cycle.</summary>
    public IReadOnlyList<IFilingEvent> VerifyRectification(string userId, int itemNumber, string? comment, DateTimeOffset now)
    {
        var item = RequireSubmittedItem(itemNumber);
        var next = WithItem(_s, item with { Status = RectificationStatus.Verified, VerifiedBy = userId, VerifiedAt = now });
        var events = new List<IFilingEvent> { new RectificationVerifiedEvent(Id, itemNumber, userId, comment, now) };
        if (Stage == CycleStage.Rectification && next.RectificationItems.All(i => i.Status == RectificationStatus.Verified))
        {
            var (closed, closing) = Closing(next, userId, now);
            next = closed;
            events.AddRange(closing);
        }

        Advance(now, next);
        return events;
    }

    /// <summary>Finance rejects the evidence with a reason; the item is open again for its owner.</summary>
    public IReadOnlyList<IFilingEvent> RejectRectification(string userId, int itemNumber, string reason, DateTimeOffset now)
    {
        var item = RequireSubmittedItem(itemNumber);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Refuse("rectification.reason-required", "驳回整改必须说明理由。");
        }

        var text = reason.Trim();
        var reopened = item with
        {
            Status = RectificationStatus.Open,
            Rejections = [.. item.Rejections, new RectificationRejection(userId, text, now)],
        };
        Advance(now, WithItem(_s, reopened));
        return [new RectificationRejectedEvent(Id, itemNumber, userId, text, now)];
    }

    private RectificationItem RequireItem(int itemNumber)
    {
        RequireOpenStage();
        return _s.RectificationItems.FirstOrDefault(i => i.Number == itemNumber)
            ?? throw Refuse("rectification.item-unknown", $"没有第 {itemNumber} 项整改事项。");
    }

    private RectificationItem RequireSubmittedItem(int itemNumber)
    {
        var item = RequireItem(itemNumber);
        if (item.Status != RectificationStatus.Submitted)
        {
            throw Refuse("rectification.not-submitted", $"第 {itemNumber} 项整改事项尚未提交整改材料，或已核实。");
        }

        return item;
    }

    private static void RequireText(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Refuse("rectification.field-required", $"整改事项必须填写“{field}”。");
        }
    }

    private static FilingSnapshot WithItem(FilingSnapshot snapshot, RectificationItem item) =>
        snapshot with { RectificationItems = snapshot.RectificationItems.Select(i => i.Number == item.Number ? item : i).ToList() };
}
