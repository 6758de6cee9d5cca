using PerfWorkflow.Hosting;
using PerfWorkflow.Workflow;

var app = PerfWorkflowApp.Build(args, [new WorkflowModule()]);
await app.RunAsync();
