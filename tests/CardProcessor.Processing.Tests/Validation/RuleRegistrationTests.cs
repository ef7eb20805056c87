using CardProcessor.Processing.Validation;
using CardProcessor.Processing.Validation.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CardProcessor.Processing.Tests.Validation;

public sealed class RuleRegistrationTests
{
    [Fact]
    public void The_core_registration_runs_exactly_one_rule_for_every_rule_code()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:Postgres", "Host=localhost;Database=unused")])
            .Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddCardProcessorCore(configuration)
            .BuildServiceProvider();

        var registered = services.GetServices<IValidationRule>().Select(r => r.Code).Order(StringComparer.Ordinal);
        var codes = typeof(RuleCodes).GetFields()
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(codes, registered);
    }
}
