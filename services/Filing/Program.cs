using PerfWorkflow.Filing;
using PerfWorkflow.Hosting;

var app = PerfWorkflowApp.Build(args, [new FilingModule()]);
await app.RunAsync();
