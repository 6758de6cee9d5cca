using PerfWorkflow.Domain.Calendar;

namespace PerfWorkflow.Workflow.Calendars;

/// <summary>
/// The working-day calendar (工作日, 调休) loaded once at start from the finance bureau's files
/// (<c>Workflow:CalendarDirectory</c>, default the <c>calendars</c> folder beside the service, copied from the
/// repository's config/calendars). A file with errors stops the service: planning deadlines on a misread holiday
/// notice would be worse than not starting. A missing folder only warns: no deadline can then be planned, and each
/// attempt says why in the log.
/// </summary>
public sealed class WorkingDayCalendarFiles
{
    private WorkingDayCalendarFiles(WorkingDayCalendar? calendar, string directory, IReadOnlyList<string> files)
    {
        Calendar = calendar;
        Directory = directory;
        Files = files;
    }

    public WorkingDayCalendar? Calendar { get; }

    public string Directory { get; }

    public IReadOnlyList<string> Files { get; }

    public static WorkingDayCalendarFiles Load(string directory, ILogger logger)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            logger.LogError("Working-day calendar folder {Directory} does not exist; no deadline can be planned", directory);
            return new WorkingDayCalendarFiles(null, directory, []);
        }

        var files = System.IO.Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            logger.LogError("Working-day calendar folder {Directory} holds no *.json file; no deadline can be planned", directory);
            return new WorkingDayCalendarFiles(null, directory, []);
        }

        var result = WorkingDayCalendarParser.ParseMany(files.Select(f => (Path.GetFileName(f), (string?)File.ReadAllText(f))));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "工作日历文件有误：" + string.Join("；", result.Errors));
        }

        logger.LogInformation("Loaded working-day calendar {Region} for {Years} from {Directory}",
            result.Calendar!.Region, string.Join(", ", result.Calendar.CoveredYears), directory);
        return new WorkingDayCalendarFiles(result.Calendar, directory, [.. files.Select(Path.GetFileName).OfType<string>()]);
    }
}
