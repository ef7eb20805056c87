using CardProcessor.Processing.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CardProcessor.Processing.Tests.Validation;

/// <summary>
/// The validation thresholds are checked when a host starts (what <c>ValidateOnStart</c> runs), nested matching ones
/// included.
/// </summary>
public sealed class ValidationOptionsTests
{
    [Theory]
    [InlineData("Validation:Matching:AutoMatchScore", "1.5", "AutoMatchScore")]
    [InlineData("Validation:Matching:AutoMatchScore", "1.4", "AutoMatchScore")]
    [InlineData("Validation:Matching:SuggestScore", "-0.1", "SuggestScore")]
    [InlineData("Validation:Matching:DateWindowDays", "90", "DateWindowDays")]
    [InlineData("Validation:DuplicateWindowDays", "61", "DuplicateWindowDays")]
    [InlineData("Validation:AmountTolerancePercent", "100.4", "AmountTolerancePercent")]
    public void An_out_of_range_threshold_stops_the_host_at_start_naming_it(string key, string value, string member)
    {
        using var services = Services((key, value));

        var failure = Assert.IsType<OptionsValidationException>(
            Record.Exception(() => services.GetRequiredService<IStartupValidator>().Validate()));

        Assert.Equal(typeof(ValidationOptions), failure.OptionsType);
        Assert.Contains(failure.Failures, f => f.Contains(member, StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_thresholds_pass()
    {
        using var services = Services();

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(0.6m, services.GetRequiredService<IOptions<ValidationOptions>>().Value.Matching.AutoMatchScore);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                new("ConnectionStrings:Postgres", "Host=localhost;Database=unused"),
                new("Storage:Provider", "LocalFolder"),
            ])
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddCardProcessorCore(configuration)
            .BuildServiceProvider();
    }
}
