using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.BuildingBlocks.Mediation;

namespace Xueshi.Api.Tests;

/// <summary>
/// The validation step in front of every handler runs rules synchronously (cheaper on hot paths) and
/// must still honour a validator that has an asynchronous rule, should a module ever write one.
/// </summary>
public sealed class ValidationPipelineTests
{
    [Fact]
    public async Task A_request_breaking_a_synchronous_rule_never_reaches_its_handler()
    {
        using var provider = Provider();
        using var scope = provider.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        var error = await Assert.ThrowsAsync<ValidationException>(() => mediator.Send(new Greet("")));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(Greet.Name));
        Assert.Equal("你好，李老师", await mediator.Send(new Greet("李老师")));
    }

    [Fact]
    public async Task An_asynchronous_rule_is_still_run_and_enforced()
    {
        using var provider = Provider();
        using var scope = provider.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        var error = await Assert.ThrowsAsync<ValidationException>(() => mediator.Send(new Reserve("taken")));

        Assert.Contains(error.Errors, e => e.ErrorMessage == "already taken");
        Assert.Equal("reserved free", await mediator.Send(new Reserve("free")));
        // The second refusal takes the asynchronous path straight away.
        await Assert.ThrowsAsync<ValidationException>(() => mediator.Send(new Reserve("taken")));
    }

    private static ServiceProvider Provider() =>
        new ServiceCollection().AddXueshiMediator([typeof(ValidationPipelineTests).Assembly]).BuildServiceProvider();

    public sealed record Greet(string Name) : IRequest<string>;

    public sealed class GreetHandler : IRequestHandler<Greet, string>
    {
        public Task<string> Handle(Greet request, CancellationToken cancellationToken) => Task.FromResult($"你好，{request.Name}");
    }

    public sealed class GreetValidator : AbstractValidator<Greet>
    {
        public GreetValidator() => RuleFor(r => r.Name).NotEmpty();
    }

    public sealed record Reserve(string Name) : IRequest<string>;

    public sealed class ReserveHandler : IRequestHandler<Reserve, string>
    {
        public Task<string> Handle(Reserve request, CancellationToken cancellationToken) => Task.FromResult($"reserved {request.Name}");
    }

    public sealed class ReserveValidator : AbstractValidator<Reserve>
    {
        public ReserveValidator() => RuleFor(r => r.Name)
            .MustAsync(async (name, cancellationToken) =>
            {
                await Task.Yield();
                return name != "taken";
            })
            .WithMessage("already taken");
    }
}
