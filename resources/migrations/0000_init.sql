CREATE TABLE `profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`occupation_code` text NOT NULL,
	`area_code` text NOT NULL,
	`career_level` text NOT NULL,
	`years_experience` real NOT NULL,
	`current_salary` integer,
	`currency` text NOT NULL,
	`hours_per_week` real NOT NULL,
	`horizon_years` integer NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "profile_single_row" CHECK("profile"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `salary_bands` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dataset_id` text NOT NULL,
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
CREATE INDEX `salary_bands_lookup` ON `salary_bands` (`dataset_id`,`occupation_code`,`area_code`);--> statement-breakpoint
CREATE INDEX `salary_bands_area` ON `salary_bands` (`area_code`);--> statement-breakpoint
CREATE TABLE `salary_datasets` (
	`id` text PRIMARY KEY NOT NULL,
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
