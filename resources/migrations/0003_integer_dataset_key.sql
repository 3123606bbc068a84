-- Hand-edited from drizzle-kit's output: the dataset key becomes an INTEGER PRIMARY KEY and every
-- child row is mapped from the old text id through the new table (drizzle-kit would copy the text
-- into the integer column). The old text id stays as the public `key`. Foreign keys are off around
-- the whole migration (see db/migrate.ts), so dropping the old tables cascades nothing.
CREATE TABLE `__new_salary_datasets` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`status` text DEFAULT 'ready' NOT NULL,
	`name` text NOT NULL,
	`publisher` text NOT NULL,
	`license` text NOT NULL,
	`source` text NOT NULL,
	`year` integer,
	`version` integer NOT NULL,
	`builtin` integer NOT NULL,
	`standing` text NOT NULL,
	`provenance` text NOT NULL,
	`loaded_at` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_salary_datasets`("key", "status", "name", "publisher", "license", "source", "year", "version", "builtin", "standing", "provenance", "loaded_at") SELECT "id", 'ready', "name", "publisher", "license", "source", "year", "version", "builtin", "standing", "provenance", "loaded_at" FROM `salary_datasets` ORDER BY "builtin" DESC, "loaded_at", "id";
--> statement-breakpoint
CREATE TABLE `__new_salary_bands` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dataset_id` integer NOT NULL,
	`year` integer,
	`occupation_code` text NOT NULL,
	`occupation_title` text NOT NULL,
	`area_code` text NOT NULL,
	`area_name` text NOT NULL,
	`area_type` text NOT NULL,
	`state` text NOT NULL,
	`level` text,
	`employment` integer,
	`p10` integer,
	`p25` integer,
	`p50` integer,
	`p75` integer,
	`p90` integer,
	`mean` integer,
	`range_low` integer,
	`range_high` integer,
	`currency` text NOT NULL,
	`note` text,
	FOREIGN KEY (`dataset_id`) REFERENCES `salary_datasets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_salary_bands`("id", "dataset_id", "year", "occupation_code", "occupation_title", "area_code", "area_name", "area_type", "state", "level", "employment", "p10", "p25", "p50", "p75", "p90", "mean", "range_low", "range_high", "currency", "note") SELECT b."id", d."id", b."year", b."occupation_code", b."occupation_title", b."area_code", b."area_name", b."area_type", b."state", b."level", b."employment", b."p10", b."p25", b."p50", b."p75", b."p90", b."mean", b."range_low", b."range_high", b."currency", b."note" FROM `salary_bands` b JOIN `__new_salary_datasets` d ON d."key" = b."dataset_id";
--> statement-breakpoint
CREATE TABLE `__new_salary_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dataset_id` integer NOT NULL,
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
INSERT INTO `__new_salary_records`("id", "dataset_id", "row_number", "title", "level", "area", "year", "base", "bonus", "equity", "total", "years_experience", "date", "currency", "note") SELECT r."id", d."id", r."row_number", r."title", r."level", r."area", r."year", r."base", r."bonus", r."equity", r."total", r."years_experience", r."date", r."currency", r."note" FROM `salary_records` r JOIN `__new_salary_datasets` d ON d."key" = r."dataset_id";
--> statement-breakpoint
CREATE TABLE `__new_salary_imports` (
	`dataset_id` integer PRIMARY KEY NOT NULL,
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
INSERT INTO `__new_salary_imports`("dataset_id", "file_name", "file_sha256", "imported_at", "row_count", "title_count", "area_count", "note", "encoding", "delimiter", "mapping") SELECT d."id", i."file_name", i."file_sha256", i."imported_at", i."row_count", i."title_count", i."area_count", i."note", i."encoding", i."delimiter", i."mapping" FROM `salary_imports` i JOIN `__new_salary_datasets` d ON d."key" = i."dataset_id";
--> statement-breakpoint
DROP TABLE `salary_imports`;
--> statement-breakpoint
DROP TABLE `salary_records`;
--> statement-breakpoint
DROP TABLE `salary_bands`;
--> statement-breakpoint
DROP TABLE `salary_datasets`;
--> statement-breakpoint
ALTER TABLE `__new_salary_datasets` RENAME TO `salary_datasets`;
--> statement-breakpoint
ALTER TABLE `__new_salary_bands` RENAME TO `salary_bands`;
--> statement-breakpoint
ALTER TABLE `__new_salary_records` RENAME TO `salary_records`;
--> statement-breakpoint
ALTER TABLE `__new_salary_imports` RENAME TO `salary_imports`;
--> statement-breakpoint
CREATE UNIQUE INDEX `salary_datasets_key_unique` ON `salary_datasets` (`key`);
--> statement-breakpoint
CREATE INDEX `salary_bands_lookup` ON `salary_bands` (`dataset_id`,`occupation_code`,`area_code`);
--> statement-breakpoint
CREATE INDEX `salary_bands_area` ON `salary_bands` (`area_code`);
--> statement-breakpoint
CREATE INDEX `salary_records_pay` ON `salary_records` (`dataset_id`,`total`,`area`,`level`,`title`,`year`);
--> statement-breakpoint
CREATE INDEX `salary_imports_sha` ON `salary_imports` (`file_sha256`);