using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// Who may upload to a filing, asked before the upload is read at all: a stranger's file is never unpacked, so a
/// hostile package costs a database lookup, not a parse (FormActions checks the same again, with the filing's state).
/// </summary>
public sealed class UploadGate(FilingDbContext db, DepartmentPlacements placements)
{
    public async Task RequireFilerAsync(CurrentUser user, Guid filingId, CancellationToken cancellationToken)
    {
        var departmentId = await db.Filings.AsNoTracking().Where(f => f.Id == filingId).Select(f => f.DepartmentId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        await placements.RequireVisibleAsync(db, user, departmentId, cancellationToken);
        if (!FilingAccess.CanFileFor(user, departmentId))
        {
            throw new AccessDeniedException("form.filer-only", "只有本部门的填报人可以填写表单。");
        }
    }
}
