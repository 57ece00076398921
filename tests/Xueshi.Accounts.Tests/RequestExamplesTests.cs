using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Features;

namespace Xueshi.Accounts.Tests;

/// <summary>The examples integrators copy from the OpenAPI document are requests the API accepts.</summary>
public sealed class RequestExamplesTests
{
    [Fact]
    public void Every_example_passes_the_validators_of_its_type()
    {
        using var services = new ServiceCollection().AddSingleton(TimeProvider.System).BuildServiceProvider();
        var validated = 0;
        foreach (var example in new AccountsRequestExamples().Examples)
        {
            var validatorType = typeof(IValidator<>).MakeGenericType(example.GetType());
            foreach (var type in typeof(AccountsRequestExamples).Assembly.GetTypes().Where(t => !t.IsAbstract && validatorType.IsAssignableFrom(t)))
            {
                var validator = (IValidator)ActivatorUtilities.CreateInstance(services, type);
                var result = validator.Validate(new ValidationContext<object>(example));
                Assert.True(result.IsValid, $"{example.GetType().Name}: {string.Join("; ", result.Errors)}");
                validated++;
            }
        }

        // Bodies judged as the request they become (DecideVerificationsBody, the rebinding form) have no validator of their own.
        Assert.True(validated >= 12, $"only {validated} examples were validated");
    }

    [Fact]
    public void There_is_one_example_per_body_type() =>
        Assert.Equal(new AccountsRequestExamples().Examples.Count(), new AccountsRequestExamples().Examples.Select(e => e.GetType()).Distinct().Count());
}
