namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>Malformed JSON, wrong types, missing fields, unknown enum values: each a 400 or 422, never a 500.</summary>
public static class BadRequests
{
    private const string Filer = "filer";
    private const string Head = "head";
    private const string Office = "office";
    private const string Finance = "finance";
    private const string Item = """{"source":"Monitoring","problem":"进度滞后","measure":"按月调度","owner":"财务科","deadline":"2099-12-31"}""";

    public static IReadOnlyList<BadRequest> All { get; } =
    [
        new("malformed JSON", Office, "POST", "/api/filings", """{"departmentId": """, 400, "request.malformed"),
        new("an array for an object", Office, "POST", "/api/filings", "[1, 2]", 400, "request.malformed"),
        new("a number for a text", Office, "POST", "/api/filings", """{"departmentId": 5, "fiscalYear": 2030}""", 400, "request.malformed", ["departmentId"]),
        new("a text for a year", Office, "POST", "/api/filings", """{"departmentId": "d1", "fiscalYear": "二〇三〇"}""", 400, "request.malformed", ["fiscalYear"]),
        new("a fraction for a year", Office, "POST", "/api/filings", """{"departmentId": "d1", "fiscalYear": 2030.5}""", 400, "request.malformed", ["fiscalYear"]),
        new("missing fields", Office, "POST", "/api/filings", "{}", 400, "request.invalid", ["departmentId", "fiscalYear"]),
        new("a year out of range", Office, "POST", "/api/filings", """{"departmentId": "d1", "fiscalYear": 1999}""", 400, "request.invalid", ["fiscalYear"]),
        new("plain text instead of JSON", Office, "POST", "/api/filings", "departmentId=d1", 415, MediaType: "text/plain"),
        new("a missing body", Head, "POST", "{filing}/return", null, 400, "request.malformed"),
        new("a return without its comment", Head, "POST", "{filing}/return", """{"comment": "  "}""", 400, "request.invalid", ["comment"]),
        new("a transfer to nobody", Head, "POST", "{filing}/transfer", "{}", 400, "request.invalid", ["toUserId"]),
        new("an empty comment", Head, "POST", "{filing}/comments", """{"text": ""}""", 400, "request.invalid", ["text"]),
        new("a self-score in words", Filer, "POST", "{filing}/submit", """{"selfScore": "high"}""", 400, "request.malformed", ["selfScore"]),
        new("a target adjustment without reason", Filer, "POST", "{filing}/target-adjustment", "{}", 400, "request.invalid", ["reason"]),
        new("a score out of range and no reason", Office, "POST", "{filing}/score-adjustment", """{"points": 150}""", 400, "request.invalid", ["points", "reason"]),
        new("a score too large for a number", Office, "POST", "{filing}/score-adjustment", """{"points": 1e400, "reason": "复核"}""", 400, "request.malformed", ["points"]),
        new("an unknown stage", Office, "POST", "{filing}/stages", """{"stage": "Audit"}""", 400, "request.invalid", ["stage"]),
        new("a stage given as a number", Office, "POST", "{filing}/stages", """{"stage": "2"}""", 400, "request.invalid", ["stage"]),
        new("two stages at once", Office, "POST", "{filing}/stages", """{"stage": "Monitoring, SelfEvaluation"}""", 400, "request.invalid", ["stage"]),
        new("an unknown rectification source", Finance, "POST", "{filing}/rectifications", Item.Replace("Monitoring", "Rumour", StringComparison.Ordinal), 400, "request.invalid", ["source"]),
        new("a rectification source given as a number", Finance, "POST", "{filing}/rectifications", Item.Replace("Monitoring", "1", StringComparison.Ordinal), 400, "request.invalid", ["source"]),
        new("a rectification item without its fields", Finance, "POST", "{filing}/rectifications", "{}", 400, "request.invalid", ["source", "problem", "measure", "owner", "deadline"]),
        new("an impossible deadline", Finance, "POST", "{filing}/rectifications", Item.Replace("2099-12-31", "2099-02-30", StringComparison.Ordinal), 400, "request.malformed", ["deadline"]),
        new("an item number in words", Filer, "POST", "{filing}/rectifications/first/submit", """{"evidence": "已整改"}""", 404),
        new("an unknown form kind", Filer, "PUT", "{filing}/forms", """{"kind": "Budget", "document": {}}""", 400, "request.invalid", ["kind"]),
        new("a form kind given as a number", Filer, "PUT", "{filing}/forms", """{"kind": "99", "document": {}}""", 400, "request.invalid", ["kind"]),
        new("a form without its document", Filer, "PUT", "{filing}/forms", """{"kind": "DepartmentDeclaration"}""", 400, "request.invalid", ["document"]),
        new("a document of the wrong shape", Filer, "PUT", "{filing}/forms", """{"kind": "DepartmentDeclaration", "document": {"departmentName": "x", "indicators": "many"}}""", 422, "form.unreadable"),
        new("an amount in words", Filer, "PUT", "{filing}/forms", """{"kind": "DepartmentDeclaration", "document": {"departmentName": "x", "basicExpenditure": "很多"}}""", 422, "form.unreadable"),
        new("an unknown stage in the path", Head, "GET", "{filing}/forms/Budget", null, 400, "request.malformed"),
        new("a version in words", Head, "GET", "{filing}/forms/Declaration/diff?from=first&to=2", null, 400, "request.malformed"),
        new("a diff without versions", Head, "GET", "{filing}/forms/Declaration/diff", null, 400, "request.malformed"),
        new("a diff of versions never submitted", Head, "GET", "{filing}/forms/Declaration/diff?from=1&to=9", null, 404, "form.version-not-found"),
        new("an export of a form never filed", Head, "GET", "{filing}/forms/Monitoring/MonitoringForm.xlsx", null, 404, "form.not-found"),
        new("a filing that does not exist", Head, "GET", "/api/filings/00000000-0000-0000-0000-000000000001", null, 404, "filing.not-found"),
        new("a filing id that is not an id", Head, "GET", "/api/filings/first", null, 404),
        new("an unknown stage for a chain", Office, "GET", "/api/chains/2030/Budget", null, 400, "request.malformed"),
        new("a chain of unknown roles and modes", Office, "PUT", "/api/chains/2030/Declaration", """{"steps": [{"roleKey": "mayor", "mode": "Sometimes"}]}""", 400, "request.invalid", ["steps[0].roleKey", "steps[0].mode"]),
        new("a chain mode given as a number", Office, "PUT", "/api/chains/2030/Declaration", """{"steps": [{"roleKey": "department-head", "mode": "7"}]}""", 400, "request.invalid", ["steps[0].mode"]),
        new("a chain without steps", Office, "PUT", "/api/chains/2030/Declaration", """{"steps": []}""", 400, "request.invalid", ["steps"]),
        new("a chain with one role twice", Office, "PUT", "/api/chains/2030/Declaration", """{"steps": [{"roleKey": "finance-division", "mode": "Any"}, {"roleKey": "finance-division", "mode": "All"}]}""", 422, "chain.roles"),
        new("a chain for 整改", Office, "PUT", "/api/chains/2030/Rectification", """{"steps": [{"roleKey": "finance-division", "mode": "Any"}]}""", 422, "chain.stage"),
        new("a monitoring chain without the department", Office, "PUT", "/api/chains/2030/Monitoring", """{"steps": [{"roleKey": "finance-division", "mode": "Any"}]}""", 422, "chain.monitoring-sign-offs"),
        new("a chain step that is null", Office, "PUT", "/api/chains/2030/Declaration", """{"steps": [null]}""", 400, "request.invalid", ["steps[0]"]),
        new("a chain step that is null among good ones", Office, "PUT", "/api/chains/2030/Declaration", """{"steps": [{"roleKey": "finance-division", "mode": "Any"}, null]}""", 400, "request.invalid", ["steps[1]"]),
        new("a declaration whose indicators are null", Filer, "PUT", "{filing}/forms", """{"kind": "DepartmentDeclaration", "document": {"departmentName": "x", "indicators": null}}""", 422, "request.invalid", ["document.indicators"]),
        new("a declaration whose key tasks are null", Filer, "PUT", "{filing}/forms", """{"kind": "DepartmentDeclaration", "document": {"departmentName": "x", "keyTasks": null}}""", 422, "request.invalid", ["document.keyTasks"]),
        new("a declaration with a null indicator", Filer, "PUT", "{filing}/forms", """{"kind": "DepartmentDeclaration", "document": {"departmentName": "x", "indicators": [null]}}""", 422, "request.invalid", ["document.indicators[0]"]),
        new("a project table whose rows are null", Filer, "PUT", "{filing}/forms", """{"kind": "ProjectTable", "document": {"departmentName": "x", "rows": null}}""", 422, "request.invalid", ["document.rows"]),
        new("a declaration with a name of a megabyte", Filer, "PUT", "{filing}/forms", $$$"""{"kind": "DepartmentDeclaration", "document": {"departmentName": "{{{new string('名', 1_000_000)}}}"}}""", 422, "request.invalid", ["document.departmentName"]),
        new("a JSON body in an unknown charset", Office, "POST", "/api/filings", """{"departmentId": "d1", "fiscalYear": 2030}""", 415, "request.charset", MediaType: "application/json; charset=bogus"),
        new("a JSON body in UTF-7", Office, "POST", "/api/filings", """{"departmentId": "d1", "fiscalYear": 2030}""", 415, "request.charset", MediaType: "application/json; charset=utf-7"),
        new("a JSON body in a quoted UTF-8 with a bad year", Office, "POST", "/api/filings", """{"departmentId": "d1", "fiscalYear": 1999}""", 400, "request.invalid", ["fiscalYear"], MediaType: "application/json; charset=\"utf-8\""),
        new("an action body in an unknown charset", Head, "POST", "{filing}/comments", """{"text": "同意"}""", 415, "request.charset", MediaType: "application/json; charset=bogus"),
        new("a comment of ten megabytes", Head, "POST", "{filing}/comments", $$$"""{"text": "{{{new string('评', 10 * 1024 * 1024)}}}"}""", 422, "request.invalid", ["text"]),
        new("an approval comment of a few pages", Head, "POST", "{filing}/approve", $$$"""{"comment": "{{{new string('同', 5000)}}}"}""", 422, "request.invalid", ["comment"]),
        new("a return comment of a few pages", Head, "POST", "{filing}/return", $$$"""{"comment": "{{{new string('退', 5000)}}}"}""", 422, "request.invalid", ["comment"]),
        new("a score adjustment reason of a few pages", Office, "POST", "{filing}/score-adjustment", $$$"""{"points": 80, "reason": "{{{new string('理', 5000)}}}"}""", 422, "request.invalid", ["reason"]),
        new("a rectification item with a huge problem and owner", Finance, "POST", "{filing}/rectifications", Item.Replace("进度滞后", new string('滞', 5000), StringComparison.Ordinal).Replace("财务科", new string('科', 500), StringComparison.Ordinal), 422, "request.invalid", ["problem", "owner"]),
        new("a login with a megabyte account name", "anonymous", "POST", "/api/auth/login", $$$"""{"userId": "{{{new string('a', 1_000_000)}}}", "password": "x"}""", 400, "request.invalid", ["userId"]),
        new("a login without credentials", "anonymous", "POST", "/api/auth/login", "{}", 400, "request.invalid", ["userId", "password"]),
        new("a wrong password", "anonymous", "POST", "/api/auth/login", """{"userId": "perf-office", "password": "guess"}""", 401, "auth.invalid-credentials"),
    ];
}
