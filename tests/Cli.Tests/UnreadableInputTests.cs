namespace PerfWorkflow.Cli.Tests;

/// <summary>Whatever goes wrong, perfwf says so in one Chinese sentence on stderr with exit code 2, never a trace.</summary>
public class UnreadableInputTests
{
    [Theory]
    [InlineData("import")]
    [InlineData("validate")]
    [InlineData("score")]
    public void A_missing_file_is_exit_2_with_a_chinese_message(string command)
    {
        var run = CliRun.Of(command, Path.Combine(Path.GetTempPath(), "no-such-dir", "申报表.txt"));
        AssertUnreadable(run, "找不到文件");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_bytes_are_exit_2_with_a_chinese_message(bool zipHeader)
    {
        var bytes = new byte[4096];
        new Random(20261122).NextBytes(bytes);
        if (zipHeader)
        {
            bytes[0] = (byte)'P';
            bytes[1] = (byte)'K';
            bytes[2] = 3;
            bytes[3] = 4;
        }

        WithTempFile(bytes, path =>
        {
            AssertUnreadable(CliRun.Of("validate", path), "无法导入文件");
            AssertUnreadable(CliRun.Of("import", path, "--json"), "无法导入文件");
        });
    }

    [Fact]
    public void An_empty_file_and_a_text_without_any_form_title_are_exit_2()
    {
        WithTempFile([], path => AssertUnreadable(CliRun.Of("validate", path), "为空"));
        WithTempFile("会议纪要\n今天讨论了预算。"u8.ToArray(), path => AssertUnreadable(CliRun.Of("validate", path), "无法识别"));
    }

    [Fact]
    public void A_directory_is_exit_2()
    {
        AssertUnreadable(CliRun.Of("validate", Path.GetTempPath()), "目录");
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "未知命令")]
    [InlineData(new[] { "validate" }, "缺少")]
    [InlineData(new[] { "validate", "a.txt", "b.txt" }, "参数过多")]
    [InlineData(new[] { "validate", "a.txt", "--colour" }, "无法识别的选项")]
    [InlineData(new[] { "export", "a.txt" }, "--out")]
    [InlineData(new[] { "export", "a.txt", "--out", "a.csv" }, ".xlsx")]
    [InlineData(new[] { "value", "--name" }, "缺少取值")]
    [InlineData(new string[0], "缺少命令")]
    public void A_wrong_command_line_is_exit_2_with_a_chinese_message(string[] args, string expected)
    {
        AssertUnreadable(CliRun.Of(args), expected);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_is_in_chinese_and_english_and_exit_0(string flag)
    {
        var run = CliRun.Of(flag);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("用法 Usage", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("退出码 Exit codes", run.Stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "import", "validate", "score", "value", "export" })
        {
            Assert.Contains(command, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_command_has_its_own_help()
    {
        var run = CliRun.Of("score", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("perfwf score FILE", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--qualitative", run.Stdout, StringComparison.Ordinal);
    }

    private static void AssertUnreadable(CliRun run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("perfwf: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        if (expected != "缺少命令")
        {
            // One sentence, not a trace (the bare command line also prints the usage after its sentence).
            Assert.Single(run.Stderr.TrimEnd().Split('\n'));
        }
    }

    private static void WithTempFile(byte[] bytes, Action<string> test)
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfwf-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, bytes);
        try
        {
            test(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
