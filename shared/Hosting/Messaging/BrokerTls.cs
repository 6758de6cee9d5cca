using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MassTransit;
using Microsoft.Extensions.Configuration;

namespace PerfWorkflow.Hosting.Messaging;

/// <summary>
/// TLS to RabbitMQ: on for an <c>amqps://</c> URI (port 5671 unless the URI names one), TLS 1.2 or 1.3, the
/// server's certificate checked for the URI's host name and chained either to the system's roots or, when
/// <c>Bus:RabbitMq:CaCertificatePath</c> names a PEM file, to the CA (or CAs) in it alone (a bureau's own CA). A CA path with a
/// plain <c>amqp://</c> URI is refused at start: it says TLS was meant but would silently not happen.
/// </summary>
public sealed class BrokerTls
{
    private readonly Uri _uri;
    private readonly X509Certificate2Collection? _authorities;

    private BrokerTls(Uri uri, X509Certificate2Collection? authorities)
    {
        _uri = uri;
        _authorities = authorities;
    }

    public bool Enabled => _uri.Scheme == "amqps";

    public static BrokerTls From(Uri uri, IConfiguration configuration)
    {
        var caPath = configuration["Bus:RabbitMq:CaCertificatePath"];
        if (string.IsNullOrWhiteSpace(caPath))
        {
            return new BrokerTls(uri, null);
        }

        if (uri.Scheme != "amqps")
        {
            throw new InvalidOperationException(
                $"Bus:RabbitMq:CaCertificatePath is set but Bus:RabbitMq:Uri is {uri.Scheme}://, not amqps://: the connection would not use TLS.");
        }

        // A PEM file may hold a bundle (root and intermediates); every certificate in it is trusted as a root.
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(caPath);
        return authorities.Count > 0
            ? new BrokerTls(uri, authorities)
            : throw new InvalidOperationException($"Bus:RabbitMq:CaCertificatePath {caPath} holds no PEM certificate.");
    }

    public void Apply(IRabbitMqHostConfigurator host)
    {
        if (!Enabled)
        {
            return;
        }

        host.UseSsl(ssl =>
        {
            ssl.ServerName = _uri.Host;
            ssl.Protocol = SslProtocols.Tls12 | SslProtocols.Tls13;
            ssl.CertificateValidationCallback = (_, certificate, _, errors) => Accepts(certificate, errors);
        });
    }

    /// <summary>
    /// With a CA of our own, only "untrusted root" may be forgiven, and only if the chain leads to that CA; a name
    /// mismatch or a missing certificate never passes.
    /// </summary>
    public bool Accepts(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        if (_authorities is null)
        {
            return errors == SslPolicyErrors.None;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(presented);
    }
}
