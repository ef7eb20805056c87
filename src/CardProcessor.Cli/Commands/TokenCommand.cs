using System.CommandLine;
using CardProcessor.Cli.Tokens;

namespace CardProcessor.Cli.Commands;

internal static class TokenCommand
{
    public static Command Create()
    {
        var roles = new Option<string[]>("--role")
        {
            Description = "App role(s): Admin, Processor, Reviewer, ReadOnly.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var user = new Option<string>("--user")
        {
            Description = "The user name the token carries.",
            DefaultValueFactory = _ => "dev.user@cardprocessor.local",
        };
        var issuer = IssuerOption();
        var tenant = new Option<string>("--tenant")
        {
            Description = "The tenant id in the issuer URL.",
            DefaultValueFactory = _ => LocalIssuer.DefaultTenant,
        };
        var command = new Command(
            "token", "Print a bearer token from the local development issuer (refused in Production).")
        {
            roles, user, issuer, tenant,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (token, exitCode) = await IssuerToken.RequestAsync(
                "token",
                parse.GetValue(issuer),
                parse.GetValue(tenant)!,
                parse.GetValue(roles)!,
                parse.GetValue(user)!,
                cancellationToken);
            if (token is not null)
            {
                Console.WriteLine(token);
            }

            return exitCode;
        });
        return command;
    }

    public static Option<string?> IssuerOption() => new("--issuer")
    {
        Description = $"The local token issuer (default: the running one's, from {IssuerAddress.RelativeFile}, "
            + $"else {LocalIssuer.DefaultAddress}).",
    };
}
