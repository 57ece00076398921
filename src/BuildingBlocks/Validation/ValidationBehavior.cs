using FluentValidation;
using MediatR;

namespace Xueshi.BuildingBlocks.Validation;

/// <summary>Runs every FluentValidation validator of a request before its handler sees it.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <summary>
    /// Set once a validator of this request type turns out to have an asynchronous rule. Until then the
    /// rules run synchronously: FluentValidation's asynchronous path builds a state machine per rule and
    /// was about 6% of the Host's CPU on the heartbeat path, for rules that never wait on anything.
    /// </summary>
    private static volatile bool _hasAsyncRules;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        List<FluentValidation.Results.ValidationFailure>? failures = null;
        foreach (var validator in validators)
        {
            var result = await ValidateAsync(validator, request, cancellationToken);
            if (!result.IsValid)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }

        if (failures is not null)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }

    private static async ValueTask<FluentValidation.Results.ValidationResult> ValidateAsync(IValidator<TRequest> validator, TRequest request,
        CancellationToken cancellationToken)
    {
        if (!_hasAsyncRules)
        {
            try
            {
                return validator.Validate(new ValidationContext<TRequest>(request));
            }
            catch (AsyncValidatorInvokedSynchronouslyException)
            {
                _hasAsyncRules = true;
            }
        }

        return await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
    }
}
