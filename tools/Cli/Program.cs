using System.Text;
using PerfWorkflow.Cli;

// Chinese messages must reach terminals and pipes intact whatever the locale says.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, Console.Out, Console.Error);
