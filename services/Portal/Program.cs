using PerfWorkflow.Hosting;
using PerfWorkflow.Portal;

return await PerfWorkflowApp.RunAsync(args, [new PortalModule()]);
