using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Tests.Indicators;

public class IndicatorUnitResolverTests
{
    [Theory]
    [InlineData("年充电量提升幅度（%）", "≥2", "%", TargetOperator.AtLeast)]
    [InlineData("建成投运并接入粤易充平台的充电基础设施数量 （个）", "587；3", "个", TargetOperator.Several)]
    [InlineData("座谈会次数", "4", "次", TargetOperator.Equal)]
    [InlineData("走访企业次数", "150", "次", TargetOperator.Equal)]
    [InlineData("高新技术企业认定通过率（%）", "80", "%", TargetOperator.Equal)]
    [InlineData("政策传达率", "80", "%", TargetOperator.Equal)]
    [InlineData("高新技术企业从业人数", "150", "人", TargetOperator.Equal)]
    [InlineData("培训人次数", "300", "人次", TargetOperator.Equal)]
    public void Unit_is_taken_from_the_name_when_the_value_has_none(string name, string value, string unit, TargetOperator op)
    {
        var resolved = IndicatorUnitResolver.Resolve(name, value);

        Assert.Equal(unit, resolved.Unit?.Symbol);
        Assert.Equal(UnitSource.IndicatorName, resolved.UnitSource);
        Assert.Equal(op, resolved.Operator);
    }

    [Fact]
    public void The_sibling_value_wins_over_the_name()
    {
        // Seed 002: 走访企业次数, 实施周期指标值:150, 年度指标值:不少于150家.
        var resolved = IndicatorUnitResolver.Resolve("走访企业次数", "150", "不少于150家");

        Assert.Equal("家", resolved.Unit?.Symbol);
        Assert.Equal(UnitSource.SiblingValue, resolved.UnitSource);
    }

    [Fact]
    public void A_borrowed_money_unit_converts_the_number()
    {
        var resolved = IndicatorUnitResolver.Resolve("研发经费投入", "130", "130亿元");

        Assert.Equal([1_300_000m], resolved.Numbers);
        Assert.Equal("万元", resolved.Unit?.Symbol);
    }

    [Fact]
    public void A_unit_written_in_the_value_is_kept_and_its_source_is_the_value()
    {
        var resolved = IndicatorUnitResolver.Resolve("座谈会次数", "不少于4场");

        Assert.Equal("场", resolved.Unit?.Symbol);
        Assert.Equal(UnitSource.Value, resolved.UnitSource);
    }

    [Fact]
    public void A_bracketed_unit_that_contradicts_the_value_is_noted()
    {
        var resolved = IndicatorUnitResolver.Resolve("年充电量提升幅度（%）", "2个");

        Assert.Contains(resolved.Notes, n => n.Contains("不一致", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("有助于园区绿色低碳循环发展(是/否)", "5")]
    [InlineData("推动小升规企业数", "120")]
    [InlineData("关工委年度工作计划", "1")]
    public void No_unit_is_invented(string name, string value)
    {
        var resolved = IndicatorUnitResolver.Resolve(name, value);

        Assert.Null(resolved.Unit);
        Assert.Equal(UnitSource.None, resolved.UnitSource);
    }

    [Fact]
    public void Qualitative_values_pass_through()
    {
        var resolved = IndicatorUnitResolver.Resolve("服务满意率", "合规");

        Assert.Equal(TargetValueKind.Qualitative, resolved.Kind);
        Assert.Null(resolved.Unit);
    }
}
