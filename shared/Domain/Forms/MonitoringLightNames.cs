namespace PerfWorkflow.Domain.Forms;

/// <summary>How a light is written on the form and in messages.</summary>
public static class MonitoringLightNames
{
    public static string Of(MonitoringLight light) => light switch
    {
        MonitoringLight.Green => "绿灯",
        MonitoringLight.Yellow => "黄灯",
        MonitoringLight.Red => "红灯",
        MonitoringLight.Blue => "蓝灯",
        _ => "不预警",
    };
}
