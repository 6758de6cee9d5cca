using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PerfWorkflow.Integration.Tests.Cluster;

/// <summary>
/// Calls the Filing processes of a cluster the way a load balancer and a careful client would: each call goes to the
/// next live process; a 503 (the service's "retry" answer) or a refused connection is retried, on the next process,
/// with the same Idempotency-Key. Every answer is counted, so a test can show that callers saw nothing but success and
/// retryable errors.
/// </summary>
public sealed class RetryingCaller(IReadOnlyList<ServiceProcess> processes, string password) : IDisposable
{
    private readonly ConcurrentDictionary<(string User, Uri Process), HttpClient> _clients = new();
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _unexpected = [];
    private readonly HashSet<ServiceProcess> _gone = [];
    private int _next;
    private int _retryable;
    private int _refused;

    /// <summary>Answers that were neither success nor a retryable error: must stay empty.</summary>
    public IReadOnlyCollection<string> Unexpected => _unexpected;

    /// <summary>503 answers with the service's retry code, each retried.</summary>
    public int Retryable => _retryable;

    /// <summary>Calls that found their process gone (killed or stopped), each retried elsewhere.</summary>
    public int Refused => _refused;

    /// <summary>From now on no call is sent to <paramref name="process"/> (the load balancer saw it leave).</summary>
    public void Forget(ServiceProcess process)
    {
        lock (_gone)
        {
            _gone.Add(process);
        }
    }

    public async Task<JsonElement> PostAsync(string user, string path, Func<HttpContent> content, string idempotencyKey)
    {
        for (var attempt = 1; ; attempt++)
        {
            var process = NextLive();
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content() };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            HttpResponseMessage response;
            try
            {
                var client = await ClientAsync(user, process);
                response = await client.SendAsync(request);
            }
            catch (HttpRequestException) when (attempt < 50)
            {
                Interlocked.Increment(ref _refused);
                continue;
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode)
                {
                    return JsonDocument.Parse(text).RootElement.Clone();
                }

                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && text.Contains("service.retry", StringComparison.Ordinal) && attempt < 50)
                {
                    Interlocked.Increment(ref _retryable);
                    await Task.Delay(response.Headers.RetryAfter?.Delta is { } wait && wait < TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromMilliseconds(100));
                    continue;
                }

                _unexpected.Add($"POST {path} as {user} on {process.BaseAddress}: {(int)response.StatusCode} {text}");
                throw new InvalidOperationException($"POST {path} as {user} answered {(int)response.StatusCode}: {text}");
            }
        }
    }

    public Task<JsonElement> PostJsonAsync(string user, string path, object body, string idempotencyKey) =>
        PostAsync(user, path, () => JsonContent.Create(body), idempotencyKey);

    private ServiceProcess NextLive()
    {
        lock (_gone)
        {
            var live = processes.Where(p => !_gone.Contains(p)).ToList();
            return live[(int)((uint)Interlocked.Increment(ref _next) % live.Count)];
        }
    }

    private async Task<HttpClient> ClientAsync(string user, ServiceProcess process)
    {
        if (_clients.TryGetValue((user, process.BaseAddress), out var known))
        {
            return known;
        }

        if (!_tokens.TryGetValue(user, out var token))
        {
            using var response = await process.Http.PostAsJsonAsync("api/auth/login", new { userId = user, password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[user] = token;
        }

        var client = new HttpClient { BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _clients.GetOrAdd((user, process.BaseAddress), client);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
