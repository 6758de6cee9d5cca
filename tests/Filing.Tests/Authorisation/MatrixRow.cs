using System.Text.Json;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Authorisation;

/// <summary>
/// One endpoint of the matrix: how to prepare its target (for the shared target <c>role</c> is null; for an
/// <see cref="Expect.Ok"/> cell it names the role, so the filing can be brought to a step that role signs), how to
/// call it, and what each role gets. <see cref="Shows"/> says whether a list answer shows the target.
/// </summary>
public sealed record MatrixRow(
    string Endpoint,
    IReadOnlyList<Expect> Expectations,
    Func<FilingDriver, MatrixRole?, Task<MatrixTarget>> Prepare,
    Func<MatrixCall, Task<ApiResponse>> Send,
    bool ReadOnly = false,
    Func<MatrixTarget, JsonElement, bool>? Shows = null)
{
    public Expect For(MatrixRole role) => Expectations[(int)role];

    public override string ToString() => Endpoint;
}
