namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// Who calls, relative to the secondary unit (二级单位) whose filing the request is about: its own filer and head,
/// another department's filer and head, the supervising department's reviewer (主管部门审核人) and one of its
/// filers, the finance bureau's division and performance office, the performance office of a second region, and
/// nobody signed in. The columns of every matrix row, in this order.
/// </summary>
public enum MatrixRole
{
    OwnFiler,
    OtherFiler,
    OwnHead,
    OtherHead,
    SupervisingReviewer,
    SupervisingDepartmentFiler,
    Finance,
    PerformanceOffice,
    OtherRegionOffice,
    Anonymous,
}
