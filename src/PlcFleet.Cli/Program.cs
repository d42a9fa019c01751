using PlcFleet.Cli;

return await CliApp.RunAsync(args);
