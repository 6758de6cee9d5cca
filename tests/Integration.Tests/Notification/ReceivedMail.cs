using System.Text;
using System.Text.RegularExpressions;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// One message as the SMTP listener received it, with just enough MIME to read it back: unfolded headers, RFC 2047
/// encoded words (B and Q) in the subject, and a base64 or quoted-printable single-part body.
/// </summary>
public sealed partial record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Raw)
{
    public string RawHeader(string name)
    {
        var headerBlock = Raw[..Math.Max(Raw.IndexOf("\r\n\r\n", StringComparison.Ordinal), 0)];
        var unfolded = FoldedLine().Replace(headerBlock, " ");
        return unfolded.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim()).FirstOrDefault() ?? string.Empty;
    }

    public string Subject => DecodeEncodedWords(RawHeader("Subject"));

    public string Body
    {
        get
        {
            var body = Raw[(Raw.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
            var charset = CharsetOf(RawHeader("Content-Type"));
            return RawHeader("Content-Transfer-Encoding").ToLowerInvariant() switch
            {
                "base64" => charset.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
                "quoted-printable" => charset.GetString(QuotedPrintable(SoftBreak().Replace(body, string.Empty), underscoreIsSpace: false)),
                _ => body,
            };
        }
    }

    private static string DecodeEncodedWords(string value)
    {
        // Whitespace between two adjacent encoded words is not part of the text (RFC 2047 §6.2).
        var joined = BetweenWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups[1].Value);
            var bytes = m.Groups[2].Value.ToUpperInvariant() == "B"
                ? Convert.FromBase64String(m.Groups[3].Value)
                : QuotedPrintable(m.Groups[3].Value, underscoreIsSpace: true);
            return charset.GetString(bytes);
        });
    }

    private static byte[] QuotedPrintable(string text, bool underscoreIsSpace)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(underscoreIsSpace && text[i] == '_' ? (byte)' ' : (byte)text[i]);
            }
        }

        return [.. bytes];
    }

    private static Encoding CharsetOf(string contentType)
    {
        var match = Charset().Match(contentType);
        return match.Success ? Encoding.GetEncoding(match.Groups[1].Value.Trim('"')) : Encoding.ASCII;
    }

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex FoldedLine();

    [GeneratedRegex(@"=\r\n")]
    private static partial Regex SoftBreak();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"charset=([^;\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
