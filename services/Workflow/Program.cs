using PerfWorkflow.Hosting;
using PerfWorkflow.Workflow;

return await PerfWorkflowApp.RunAsync(args, [new WorkflowModule()]);
