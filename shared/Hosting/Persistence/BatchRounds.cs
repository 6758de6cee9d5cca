namespace PerfWorkflow.Hosting.Persistence;

/// <summary>
/// The order a consumer batch applies its messages in, as rounds that are saved one after another
/// (<see cref="ConsumerBatches{TContext}"/>). A filing's n-th message of the batch goes in the n-th round, so it reads
/// what the filing's earlier messages wrote, while one save serves every filing's message of a round: a burst of
/// approvals (two events of one filing each) costs two saves a batch, not one a filing. A message about no filing
/// (<see cref="Guid.Empty"/>: a directory change, a revocation) is a round of its own, after everything that arrived
/// before it and before everything after it.
/// </summary>
public static class BatchRounds
{
    /// <summary>Rounds of indices into <paramref name="keys"/>, each round in arrival order.</summary>
    public static List<List<int>> Of(IReadOnlyList<Guid> keys)
    {
        var rounds = new List<List<int>>();
        var stretchStart = 0;
        var seenInStretch = new Dictionary<Guid, int>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == Guid.Empty)
            {
                rounds.Add([i]);
                stretchStart = rounds.Count;
                seenInStretch.Clear();
                continue;
            }

            var earlier = seenInStretch.GetValueOrDefault(keys[i]);
            seenInStretch[keys[i]] = earlier + 1;
            var round = stretchStart + earlier;
            if (round == rounds.Count)
            {
                rounds.Add([]);
            }

            rounds[round].Add(i);
        }

        return rounds;
    }
}
