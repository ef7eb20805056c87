using System.CommandLine;
using CardProcessor.Cli.Tokens;

namespace CardProcessor.Cli.Commands;

internal static class TokenCommand
{
    public static Command Create()
    {
        var roles = new Option<string[]>("--role") { Description = "App role(s): Admin, Processor, Reviewer, ReadOnly.", Required = true, AllowMultipleArgumentsPerToken = true };
        var user = new Option<string>("--user") { Description = "The user name the token carries.", DefaultValueFactory = _ => "dev.user@cardprocessor.local" };
        var issuer = new Option<string>("--issuer") { Description = "The local token issuer.", DefaultValueFactory = _ => LocalIssuer.DefaultAddress };
        var tenant = new Option<string>("--tenant") { Description = "The tenant id in the issuer URL.", DefaultValueFactory = _ => LocalIssuer.DefaultTenant };
        var command = new Command("token", "Print a bearer token from the local development issuer (refused in Production).") { roles, user, issuer, tenant };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (LocalIssuer.RefusalReason() is { } refusal)
            {
                await Console.Error.WriteLineAsync(refusal);
                return 3;
            }

            try
            {
                var token = await LocalIssuer.RequestTokenAsync(new Uri(parse.GetValue(issuer)!), parse.GetValue(tenant)!, parse.GetValue(roles)!, parse.GetValue(user)!, cancellationToken);
                Console.WriteLine(token);
                return 0;
            }
            catch (HttpRequestException exception)
            {
                await Console.Error.WriteLineAsync($"token: the local issuer at {parse.GetValue(issuer)} did not answer ({exception.Message}); is scripts/demo.sh running?");
                return 1;
            }
        });
        return command;
    }
}
