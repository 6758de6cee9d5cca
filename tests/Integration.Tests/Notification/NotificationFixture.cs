using System.Globalization;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// One Notification process (and an SMTP listener it sends to) shared by the tests of a class: starting a service
/// costs seconds on two cores, so tests share it and keep apart by using their own people and filings.
/// Deliveries are tried at most four times, 200 ms apart at first.
/// </summary>
public sealed class NotificationFixture : IAsyncLifetime
{
    private NotificationUnderTest? _notification;

    public SmtpListener Smtp { get; } = new();

    public NotificationUnderTest Notification => _notification ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() =>
        _notification = await NotificationUnderTest.StartAsync(new Dictionary<string, string>
        {
            ["Notifications:MaxAttempts"] = "4",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Notifications:Smtp:From"] = "perf@czj.example.cn",
        });

    public async Task DisposeAsync()
    {
        if (_notification is not null)
        {
            await _notification.DisposeAsync();
        }

        await Smtp.DisposeAsync();
    }
}
