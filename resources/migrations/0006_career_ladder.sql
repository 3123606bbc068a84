CREATE TABLE `catalog_ladder_levels` (
	`track_id` text NOT NULL,
	`level_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`typical_years` real,
	`typical_years_why` text NOT NULL,
	`band_percentile` real NOT NULL,
	`band_percentile_why` text NOT NULL,
	PRIMARY KEY(`track_id`, `level_id`)
);
--> statement-breakpoint
CREATE TABLE `catalog_ladder_skills` (
	`track_id` text NOT NULL,
	`level_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`min_level` integer NOT NULL,
	`why` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`track_id`, `level_id`, `skill_id`)
);
--> statement-breakpoint
CREATE TABLE `catalog_ladder_tracks` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`occupation_code` text NOT NULL,
	`description` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ladder_overrides` (
	`track_id` text NOT NULL,
	`level_id` text NOT NULL,
	`field` text NOT NULL,
	`value` real NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`track_id`, `level_id`, `field`),
	CONSTRAINT "ladder_overrides_field" CHECK("ladder_overrides"."field" IN ('typicalYears', 'bandPercentile') OR "ladder_overrides"."field" LIKE 'skill:%')
);
--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`params` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "scenarios_params_json" CHECK(json_valid("scenarios"."params"))
);
