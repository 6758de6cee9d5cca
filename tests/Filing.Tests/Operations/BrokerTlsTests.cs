using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using PerfWorkflow.Hosting.Messaging;

namespace PerfWorkflow.Filing.Tests.Operations;

/// <summary>
/// How a service judges the broker's certificate (Bus:RabbitMq:CaCertificatePath): the bureau's own CA, nothing
/// else, and never a certificate for another name. Certificates are made here; no broker is needed.
/// </summary>
public sealed class BrokerTlsTests : IDisposable
{
    private readonly string _caFile = Path.Combine(Path.GetTempPath(), "perfwf-broker-ca-" + Guid.NewGuid().ToString("N") + ".crt");

    [Fact]
    public void A_certificate_chained_to_the_configured_ca_is_accepted_and_one_from_another_ca_is_not()
    {
        using var bureauCa = Authority("CN=Bureau CA");
        using var otherCa = Authority("CN=Someone else");
        File.WriteAllText(_caFile, bureauCa.ExportCertificatePem());
        var tls = BrokerTls.From(new Uri("amqps://mq.example:5671/"), Settings(_caFile));

        using var ours = Leaf(bureauCa, "mq.example");
        using var theirs = Leaf(otherCa, "mq.example");

        Assert.True(tls.Enabled);
        Assert.True(tls.Accepts(ours, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(tls.Accepts(theirs, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(tls.Accepts(ours, SslPolicyErrors.RemoteCertificateNameMismatch));
        Assert.False(tls.Accepts(null, SslPolicyErrors.RemoteCertificateNotAvailable));
    }

    [Fact]
    public void Without_a_ca_only_a_certificate_the_system_trusts_for_the_name_passes()
    {
        using var ca = Authority("CN=Public CA");
        using var leaf = Leaf(ca, "mq.example");
        var tls = BrokerTls.From(new Uri("amqps://mq.example/"), Settings(null));

        Assert.True(tls.Accepts(leaf, SslPolicyErrors.None));
        Assert.False(tls.Accepts(leaf, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public void A_ca_with_a_plain_amqp_uri_is_refused_because_tls_would_silently_not_happen()
    {
        using var ca = Authority("CN=Bureau CA");
        File.WriteAllText(_caFile, ca.ExportCertificatePem());

        var refused = Assert.Throws<InvalidOperationException>(() => BrokerTls.From(new Uri("amqp://mq.example/"), Settings(_caFile)));

        Assert.Contains("amqps://", refused.Message, StringComparison.Ordinal);
        Assert.False(BrokerTls.From(new Uri("amqp://mq.example/"), Settings(null)).Enabled);
    }

    public void Dispose() => File.Delete(_caFile);

    private static IConfiguration Settings(string? caPath) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bus:RabbitMq:CaCertificatePath"] = caPath }).Build();

    private static X509Certificate2 Authority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private static X509Certificate2 Leaf(X509Certificate2 issuer, string host)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        var serial = RandomNumberGenerator.GetBytes(8);
        return request.Create(issuer, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(30), serial);
    }
}
