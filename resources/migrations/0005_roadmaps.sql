CREATE TABLE `catalog_roadmap_path_items` (
	`path_id` text NOT NULL,
	`position` integer NOT NULL,
	`skill_id` text NOT NULL,
	`target_level` integer NOT NULL,
	PRIMARY KEY(`path_id`, `position`)
);
--> statement-breakpoint
CREATE TABLE `catalog_roadmap_paths` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `roadmap_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`roadmap_id` integer NOT NULL,
	`skill_id` text NOT NULL,
	`target_level` integer NOT NULL,
	`position` integer NOT NULL,
	`hours_override` real,
	`pinned_start` text,
	`status` text DEFAULT 'planned' NOT NULL,
	FOREIGN KEY (`roadmap_id`) REFERENCES `roadmaps`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "roadmap_items_target" CHECK("roadmap_items"."target_level" BETWEEN 1 AND 5),
	CONSTRAINT "roadmap_items_status" CHECK("roadmap_items"."status" IN ('planned', 'done', 'skipped')),
	CONSTRAINT "roadmap_items_hours" CHECK("roadmap_items"."hours_override" IS NULL OR "roadmap_items"."hours_override" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roadmap_items_skill` ON `roadmap_items` (`roadmap_id`,`skill_id`);--> statement-breakpoint
CREATE INDEX `roadmap_items_position` ON `roadmap_items` (`roadmap_id`,`position`);--> statement-breakpoint
CREATE TABLE `roadmap_weeks_off` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`roadmap_id` integer NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`label` text NOT NULL,
	FOREIGN KEY (`roadmap_id`) REFERENCES `roadmaps`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "roadmap_weeks_off_range" CHECK("roadmap_weeks_off"."start" <= "roadmap_weeks_off"."end")
);
--> statement-breakpoint
CREATE INDEX `roadmap_weeks_off_roadmap` ON `roadmap_weeks_off` (`roadmap_id`,`start`);--> statement-breakpoint
CREATE TABLE `roadmaps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`source_path_id` text,
	`hours_per_week` real,
	`parallel` integer DEFAULT 1 NOT NULL,
	`active` integer,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "roadmaps_parallel" CHECK("roadmaps"."parallel" BETWEEN 1 AND 10),
	CONSTRAINT "roadmaps_hours" CHECK("roadmaps"."hours_per_week" IS NULL OR "roadmaps"."hours_per_week" BETWEEN 0 AND 80),
	CONSTRAINT "roadmaps_active" CHECK("roadmaps"."active" IS NULL OR "roadmaps"."active" = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roadmaps_one_active` ON `roadmaps` (`active`) WHERE "roadmaps"."active" = 1;