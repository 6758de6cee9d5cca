namespace PerfWorkflow.Portal.Api;

/// <summary>Names for account ids on the pages: a person's display name, "系统" for the system, the id only when unknown.</summary>
public sealed class PeopleNames(IReadOnlyList<PersonDto> people)
{
    private readonly Dictionary<string, PersonDto> _byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public static PeopleNames None { get; } = new([]);

    public string Of(string? userId) => userId switch
    {
        null or "" => "—",
        "system" => "系统",
        _ => _byId.TryGetValue(userId, out var person) ? person.DisplayName : userId,
    };

    public string Of(IEnumerable<string> userIds) => string.Join("、", userIds.Select(id => Of(id)));
}
