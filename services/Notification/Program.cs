using PerfWorkflow.Hosting;
using PerfWorkflow.Notification;

return await PerfWorkflowApp.RunAsync(args, [new NotificationModule()]);
