using PerfWorkflow.Filing;
using PerfWorkflow.Hosting;

return await PerfWorkflowApp.RunAsync(args, [new FilingModule()]);
