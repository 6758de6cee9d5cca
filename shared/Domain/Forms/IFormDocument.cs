namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// One of the official forms a filing holds (<see cref="FormKinds"/> lists them). The form records are stored and
/// sent as JSON by their public properties, so what every form answers beyond its own fields is implemented
/// explicitly and never reaches the JSON.
/// </summary>
public interface IFormDocument
{
    /// <summary>部门名称 as the form states it.</summary>
    string DepartmentName { get; }

    /// <summary>The year the form says it is for, or null for the forms that state none (申报表, 项目支出绩效目标表).</summary>
    StatedYear? StatedYear { get; }
}
