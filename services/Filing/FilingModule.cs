using Microsoft.Extensions.DependencyInjection.Extensions;
using MassTransit;
using PerfWorkflow.Filing.Api;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Cluster;
using PerfWorkflow.Filing.Demo;
using PerfWorkflow.Filing.Messaging;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting;
using PerfWorkflow.Hosting.Commands;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Filing;

/// <summary>
/// The Filing service: filings, their forms and approval chains; publishes what happened to a filing. Each filing is
/// an Orleans grain in the silo this module adds to its host (docs/decisions/0001).
/// </summary>
public sealed class FilingModule : IServiceModule
{
    public string Name => "Filing";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDatabase<FilingDbContext>(configuration, Name);
        services.AddScoped<ApprovalChainResolver>();
        services.AddSingleton<DepartmentPlacements>();
        services.AddSingleton(ValidationSettings.Read(configuration));
        services.AddScoped<FormActions>();
        services.AddScoped<UploadGate>();
        services.AddScoped<FilingActions>();
        services.AddSingleton<LocalTokenIssuer>();
        services.AddSingleton<SignInThrottle>();
        services.TryAddSingleton<PasswordVerifier>(); // tests put a counting one in first
        services.AddScoped<TokenRevocation>();
        services.AddScoped<OrganisationAudit>();
        services.AddScoped<PerfWorkflow.Hosting.Security.ITokenRevocationCheck>(sp => sp.GetRequiredService<TokenRevocation>());
        services.AddSingleton<FilingReadiness>();
        services.AddHealthChecks().AddCheck<FilingReadiness>("filing-startup", tags: ["ready"]);
        services.AddSingleton<IServiceCommand, BootstrapAdminCommand>();
    }

    /// <summary>The silo, then the demo seeder: hosted services start in order, and seeding calls grains.</summary>
    public void ConfigureHost(WebApplicationBuilder builder)
    {
        builder.AddFilingSilo();
        builder.Services.AddHostedService<DemoDataSeeder>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<OpenStageConsumer>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AuthEndpoints.Map(endpoints);
        FilingEndpoints.Map(endpoints);
        FormEndpoints.Map(endpoints);
        AuditEndpoints.Map(endpoints);
        OrganisationAuditEndpoints.Map(endpoints);
        ChainEndpoints.Map(endpoints);
        OrganisationEndpoints.Map(endpoints);
        PeopleEndpoints.Map(endpoints);
        Cluster.FilingDashboard.Map(endpoints);
    }
}
