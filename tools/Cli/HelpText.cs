namespace PerfWorkflow.Cli;

/// <summary>Usage in Chinese with English beside it: the administrators read Chinese, the scripts' authors may not.</summary>
public static class HelpText
{
    public const string General = """
        perfwf — 预算绩效表单工具 (budget performance forms tool)

        用法 Usage: perfwf <命令 command> [参数 arguments] [--json]

        命令 Commands:
          import FILE              识别并导入表单（.txt 或 .xlsx），输出表单JSON及全部问题
                                   Recognise and import a form; print it as JSON with its findings
          validate FILE            校验表单：金额、比率和指标规则，列出每个问题（代码、级别、字段、说明）
                                   Validate a form; list each finding (code, severity, field path, message)
          score FILE               计算自评得分明细和等级（自评表或自评报告）
                                   Self-evaluation score breakdown and grade
          value TEXT               解析一个指标值，如 "≥30家"、"1-2个"、"约1.9万平方米"
                                   Show how one target value reads
          export FILE --out X.xlsx 将表单导出为官方格式的Excel文件
                                   Export a form to .xlsx in its official layout

        通用选项 Options:
          --json                   输出机器可读的JSON (machine-readable output)
          -h, --help               显示帮助；perfwf <命令> --help 显示该命令的帮助

        退出码 Exit codes:
          0  没有错误级问题 (no error findings)
          1  存在错误级问题 (error findings)
          2  无法读取输入或命令行有误 (input could not be read / bad command line)
        """;

    public static string For(string command) => command switch
    {
        "import" => """
            用法 Usage: perfwf import FILE

            识别文件中的表单（申报表、项目表、自评表、自评报告；.xlsx 还支持监控表和整改清单），
            以JSON输出解析结果和全部问题（导入说明 + 金额/比率规则 + 指标校验）。输出总是JSON。
            Recognises the form in FILE and prints it as JSON with all findings. Output is always JSON.
            """,
        "validate" => """
            用法 Usage: perfwf validate FILE [--json] [--threshold 百分比]

            列出表单的全部问题：每项有代码、级别（错误/警告）、字段路径和中文说明。
            --threshold：预算执行率低于该百分比时须说明原因（默认90）。
            Lists every finding with code, severity, field path and message; --json for machine-readable output;
            --threshold sets the execution rate (percent, default 90) below which a self-evaluation must give a reason.
            """,
        "score" => """
            用法 Usage: perfwf score FILE [--json] [--qualitative 档次:百分比]

            按财预〔2020〕10号默认权重计算自评得分（预算执行率10、产出50、效益30、满意度10）和等级（优/良/中/差）。
            预算执行率按表中金额重新计算；只有填写了实际完成值和年度指标值（或指标分类）的指标参与计分。
            申报表、项目表等不是自评表，无法评分（退出码2）。
            --qualitative 达成:90   为所有定性指标给出统一的评审档次和得分比例（达成/部分达成/未达成）。
            Scores a self-evaluation table or report; other forms cannot be scored (exit 2).
            --qualitative TIER:SHARE gives every qualitative indicator one reviewer tier (achieved/partly/not) and share.
            """,
        "value" => """
            用法 Usage: perfwf value TEXT [--name 指标名称] [--json]

            解析一个指标值：运算符、数值、单位，或定性内容，以及解析说明。
            --name 指标名称   指标值未写单位时按指标名称取单位，如 --name "年充电量提升幅度（%）"。
            Shows how one target value reads: operator, number(s), unit, or qualitative words, and notes.
            --name takes a unit-less value's unit from the indicator's name.
            """,
        "export" => """
            用法 Usage: perfwf export FILE --out OUT.xlsx [--json]

            将表单（文本或Excel）按官方列格式导出为 .xlsx。表单有错误级问题时仍会导出，但退出码为1。
            Writes the form to OUT.xlsx in its official layout; error findings still export but exit 1.
            """,
        _ => General,
    };
}
