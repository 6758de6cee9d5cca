using System.Text.RegularExpressions;
using System.Xml.Linq;
using PerfWorkflow.Deployment.Tests.Infrastructure;

namespace PerfWorkflow.Deployment.Tests;

/// <summary>Each web project under services/ has a Dockerfile that builds that project and runs it unprivileged on 8080.</summary>
public sealed class DockerfileTests
{
    private const string ListenAddress = "http://+:8080";

    /// <summary>Every folder under services/ whose project is a web app (Sdk.Web), Host included.</summary>
    public static TheoryData<string> WebProjects => new(WebProjectFolders());

    private static IEnumerable<string> WebProjectFolders() =>
        Directory.GetDirectories(RepositoryRoot.Combine("services"))
            .Where(d => Directory.GetFiles(d, "*.csproj").Any(f => File.ReadAllText(f).Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal)))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Fact]
    public void All_four_separately_deployed_services_and_the_host_are_web_projects()
    {
        var projects = WebProjectFolders().ToList();

        Assert.Equal(["Filing", "Host", "Notification", "Portal", "Workflow"], projects);
    }

    [Theory]
    [MemberData(nameof(WebProjects))]
    public void Builds_on_the_sdk_and_runs_on_the_aspnet_image_of_the_target_framework(string project)
    {
        var dockerfile = Dockerfile.Read(DockerfilePath(project));
        var version = Regex.Match(RepositoryRoot.ReadText("Directory.Build.props"), @"<TargetFramework>net(\d+\.\d+)</TargetFramework>").Groups[1].Value;
        var froms = dockerfile.All("FROM").ToList();

        Assert.True(froms.Count >= 2, "multi-stage: a build stage and a runtime stage");
        Assert.Equal($"mcr.microsoft.com/dotnet/sdk:{version}@${{DOTNET_SDK_DIGEST}} AS build", froms[0].Arguments);
        Assert.Matches($"^mcr\\.microsoft\\.com/dotnet/aspnet:{Regex.Escape(version)}@\\$\\{{DOTNET_ASPNET_DIGEST\\}}( AS \\w+)?$", froms[^1].Arguments);
    }

    /// <summary>
    /// A tag moves (10.0 is every 10.0.x in turn); only a digest names one image. The digests are build arguments
    /// declared before the first FROM, with no default, so a build that was not given them fails.
    /// </summary>
    [Theory]
    [MemberData(nameof(WebProjects))]
    public void Every_base_image_is_taken_by_digest_never_by_a_floating_tag(string project)
    {
        var dockerfile = Dockerfile.Read(DockerfilePath(project));
        var arguments = dockerfile.Instructions.Where(i => i.Keyword == "ARG" && i.Stage < 0).Select(i => i.Arguments).ToList();

        Assert.All(dockerfile.All("FROM"), from =>
        {
            var image = from.Arguments.Split(' ')[0];
            Assert.DoesNotContain(":latest", image, StringComparison.Ordinal);
            var digest = Regex.Match(image, @"@(sha256:[0-9a-f]{64}|\$\{(\w+)\})$");
            Assert.True(digest.Success, $"{project}: {image} is not pinned by digest");
            if (digest.Groups[2].Success)
            {
                Assert.Contains(digest.Groups[2].Value, arguments);
            }
        });
    }

    [Theory]
    [MemberData(nameof(WebProjects))]
    public void The_runtime_image_installs_neither_curl_nor_wget(string project)
    {
        var dockerfile = Dockerfile.Read(DockerfilePath(project));

        Assert.All(dockerfile.InStage(dockerfile.LastStage, "RUN"), run =>
            Assert.DoesNotMatch(@"\b(curl|wget|apt-get|apk)\b", run.Arguments));
    }

    [Theory]
    [MemberData(nameof(WebProjects))]
    public void Restores_then_publishes_its_own_project_in_release_to_app(string project)
    {
        var dockerfile = Dockerfile.Read(DockerfilePath(project));
        var csproj = ProjectFile(project);
        var restore = dockerfile.InStage(0, "RUN").Single(r => r.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var publish = dockerfile.InStage(0, "RUN").Single(r => r.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal));

        Assert.Equal($"dotnet restore {csproj}", restore.Arguments);
        Assert.StartsWith($"dotnet publish {csproj} -c Release -o /app", publish.Arguments, StringComparison.Ordinal);
        Assert.True(dockerfile.IndexOf(restore) < dockerfile.IndexOf(publish));
        Assert.Contains(dockerfile.InStage(dockerfile.LastStage, "COPY"), c => c.Arguments == "--from=build /app ./");
    }

    [Theory]
    [MemberData(nameof(WebProjects))]
    public void The_restore_layer_sees_every_project_file_it_needs_and_every_copied_path_exists(string project)
    {
        var dockerfile = Dockerfile.Read(DockerfilePath(project));
        var restore = dockerfile.InStage(0, "RUN").Single(r => r.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var copies = dockerfile.All("COPY").Where(c => !c.Arguments.StartsWith("--from", StringComparison.Ordinal)).ToList();
        var copiedBeforeRestore = copies.Where(c => dockerfile.IndexOf(c) < dockerfile.IndexOf(restore))
            .SelectMany(c => c.Arguments.Split(' ')[..^1]).ToHashSet(StringComparer.Ordinal);

        foreach (var source in copies.SelectMany(c => c.Arguments.Split(' ')[..^1]))
        {
            Assert.True(File.Exists(RepositoryRoot.Combine(source.Split('/'))) || Directory.Exists(RepositoryRoot.Combine(source.Split('/'))),
                $"{project}: COPY {source} names nothing in the repository");
        }

        foreach (var needed in ProjectClosure(ProjectFile(project)).Concat(["nuget.config", "Directory.Build.props", "Directory.Packages.props"]))
        {
            Assert.True(copiedBeforeRestore.Contains(needed), $"{project}: {needed} is not copied before `dotnet restore`");
        }
    }

    [Theory]
    [MemberData(nameof(WebProjects))]
    public void Runs_as_a_non_root_user_listening_on_8080(string project)
    {
        var dockerfile = Dockerfile.Read(DockerfilePath(project));
        var user = dockerfile.InStage(dockerfile.LastStage, "USER").LastOrDefault();
        var environment = dockerfile.RuntimeEnvironment();

        Assert.NotNull(user);
        Assert.DoesNotMatch("^(root|0)(:.*)?$", user!.Arguments);
        Assert.Contains(dockerfile.InStage(dockerfile.LastStage, "EXPOSE"), e => e.Arguments == "8080");
        Assert.Equal(ListenAddress, environment.GetValueOrDefault("ASPNETCORE_URLS"));
        Assert.Equal($"[\"dotnet\", \"{Path.GetFileNameWithoutExtension(ProjectFile(project))}.dll\"]",
            dockerfile.InStage(dockerfile.LastStage, "ENTRYPOINT").Single().Arguments);
    }

    /// <summary>appsettings.json is read after ASPNETCORE_URLS, so a Urls there wins unless the environment sets Urls too.</summary>
    [Theory]
    [MemberData(nameof(WebProjects))]
    public void A_listen_address_in_appsettings_is_overridden_in_the_image(string project)
    {
        var appsettings = RepositoryRoot.Combine("services", project, "appsettings.json");
        var setsUrls = File.Exists(appsettings) && Regex.IsMatch(File.ReadAllText(appsettings), "\"Urls\"\\s*:");
        var environment = Dockerfile.Read(DockerfilePath(project)).RuntimeEnvironment();

        Assert.True(!setsUrls || environment.GetValueOrDefault("Urls") == ListenAddress,
            $"{project}: appsettings.json sets Urls, so the image must set ENV Urls={ListenAddress}");
    }

    [Theory]
    [InlineData("bin/")]
    [InlineData("obj/")]
    [InlineData("data/")]
    [InlineData("artifacts/")]
    [InlineData(".git")]
    public void The_build_context_leaves_out_build_output_local_data_and_history(string entry)
    {
        var lines = RepositoryRoot.ReadText(".dockerignore").Split('\n').Select(l => l.Trim()).ToList();

        Assert.Contains(lines, l => l == entry || l == "**/" + entry);
    }

    private static string DockerfilePath(string project) => $"services/{project}/Dockerfile";

    private static string ProjectFile(string project) => $"services/{project}/PerfWorkflow.{project}.csproj";

    /// <summary>The project and every project it references, directly or not, as repository-relative paths.</summary>
    private static IEnumerable<string> ProjectClosure(string projectFile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([projectFile]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(RepositoryRoot.Combine(current.Split('/')))!;
            foreach (var reference in XDocument.Load(RepositoryRoot.Combine(current.Split('/'))).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(folder, reference.Attribute("Include")!.Value));
                pending.Push(Path.GetRelativePath(RepositoryRoot.Path, full).Replace('\\', '/'));
            }
        }

        return seen;
    }
}
