namespace PerfWorkflow.Domain.Organisation;

/// <summary>What a new department (预算单位) must have: a plain id, a name, and a supervising department that exists.</summary>
public static class DepartmentRules
{
    public const string IdInvalid = "organisation.department-id-invalid";
    public const string NameRequired = "organisation.department-name-required";
    public const string SupervisorUnknown = "organisation.supervising-department-unknown";

    /// <param name="department">The department as requested.</param>
    /// <param name="supervisorExists">Whether the supervising department it names is one of the region's (ignored when it names none).</param>
    public static IReadOnlyList<OrganisationRuleViolation> ForNew(NewDepartment department, bool supervisorExists)
    {
        ArgumentNullException.ThrowIfNull(department);
        var violations = new List<OrganisationRuleViolation>();
        if (!PlainId.IsValid(department.Id))
        {
            violations.Add(new(IdInvalid, "id", "部门编号只能包含字母、数字、连字符和下划线（1–64 位）。"));
        }

        if (string.IsNullOrWhiteSpace(department.Name))
        {
            violations.Add(new(NameRequired, "name", "请填写部门名称。"));
        }

        if (department.SupervisingDepartmentId is not null && !supervisorExists)
        {
            violations.Add(new(SupervisorUnknown, "supervisingDepartmentId", "主管部门不存在。"));
        }

        return violations;
    }
}
