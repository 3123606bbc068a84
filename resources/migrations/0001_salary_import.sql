CREATE TABLE `import_mappings` (
	`header_signature` text PRIMARY KEY NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `salary_imports` (
	`dataset_id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`imported_at` text NOT NULL,
	`row_count` integer NOT NULL,
	`title_count` integer NOT NULL,
	`area_count` integer NOT NULL,
	`note` text NOT NULL,
	`encoding` text NOT NULL,
	`delimiter` text NOT NULL,
	`mapping` text NOT NULL,
	FOREIGN KEY (`dataset_id`) REFERENCES `salary_datasets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `salary_imports_sha` ON `salary_imports` (`file_sha256`);--> statement-breakpoint
CREATE TABLE `salary_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dataset_id` text NOT NULL,
	`row_number` integer NOT NULL,
	`title` text NOT NULL,
	`level` text NOT NULL,
	`area` text NOT NULL,
	`year` integer,
	`base` real,
	`bonus` real,
	`equity` real,
	`total` real NOT NULL,
	`years_experience` real,
	`date` text,
	`currency` text NOT NULL,
	`note` text,
	FOREIGN KEY (`dataset_id`) REFERENCES `salary_datasets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `salary_records_total` ON `salary_records` (`dataset_id`,`total`);--> statement-breakpoint
CREATE INDEX `salary_records_area` ON `salary_records` (`dataset_id`,`area`,`total`);--> statement-breakpoint
CREATE INDEX `salary_records_level` ON `salary_records` (`dataset_id`,`level`,`total`);--> statement-breakpoint
CREATE INDEX `salary_records_title` ON `salary_records` (`dataset_id`,`title`,`total`);--> statement-breakpoint
CREATE INDEX `salary_records_year` ON `salary_records` (`dataset_id`,`year`,`total`);