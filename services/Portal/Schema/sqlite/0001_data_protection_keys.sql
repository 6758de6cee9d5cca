-- The data-protection key ring of the embedded Host's Portal (the sign-in cookie, antiforgery tokens): one row per
-- key, its XML as ASP.NET Core writes it (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore).
CREATE TABLE portal_data_protection_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    friendly_name TEXT NULL,
    xml TEXT NULL
);
