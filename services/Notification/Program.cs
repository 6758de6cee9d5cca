using PerfWorkflow.Hosting;
using PerfWorkflow.Notification;

var app = PerfWorkflowApp.Build(args, [new NotificationModule()]);
await app.RunAsync();
