ALTER TABLE notification_directory_users ADD COLUMN department_name TEXT NULL;
