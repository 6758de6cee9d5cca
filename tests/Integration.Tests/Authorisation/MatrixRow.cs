using System.Text.Json;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// One endpoint of one service: how to prepare its target (for the shared target <c>role</c> is null; for an
/// <see cref="Expect.Ok"/> cell it names the role, so the target can be brought to a state that role acts in), how
/// to call it, and what each role gets. <see cref="Shows"/> says whether a list answer shows the target;
/// <see cref="State"/> reads what a refused call must leave unchanged (by default the filing and its audit trail).
/// </summary>
public sealed record MatrixRow(
    MatrixService Service,
    string Endpoint,
    IReadOnlyList<Expect> Expectations,
    Func<MatrixDriver, MatrixRole?, Task<MatrixTarget>> Prepare,
    Func<MatrixCall, Task<ApiResponse>> Send,
    bool ReadOnly = false,
    Func<MatrixTarget, JsonElement, bool>? Shows = null,
    Func<MatrixDriver, MatrixTarget, Task<string?>>? State = null)
{
    public string Key => $"{Service} {Endpoint}";

    public Expect For(MatrixRole role) => Expectations[(int)role];

    public override string ToString() => Key;
}
