using HypervisorCompare.Web;

if (args is [var command, ..] && Cli.Commands.Contains(command)) return await Cli.RunAsync(args, Console.Out, Console.Error);
if (Cli.IsUnknownCommand(args)) return Cli.Usage(args[0], Console.Error);

var app = Site.Build(args);
await app.BuildContentIfStaleAsync();
app.Run();
return 0;

/// <summary>Visible to the end-to-end tests' server factory.</summary>
public partial class Program;
