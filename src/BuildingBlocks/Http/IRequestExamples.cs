namespace Xueshi.BuildingBlocks.Http;

/// <summary>
/// One realistic example of each request body of a module, shown to integrators in the OpenAPI
/// document. The Host finds the implementations in the module assemblies; each example is an
/// instance of the body type it illustrates, so it keeps compiling against the record.
/// </summary>
public interface IRequestExamples
{
    IEnumerable<object> Examples { get; }
}
