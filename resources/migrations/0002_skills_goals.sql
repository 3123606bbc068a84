CREATE TABLE `catalog_edges` (
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`from_id`, `to_id`, `kind`)
);
--> statement-breakpoint
CREATE TABLE `catalog_meta` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`loaded_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `catalog_resources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skill_id` text NOT NULL,
	`title` text NOT NULL,
	`url` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `catalog_resources_skill` ON `catalog_resources` (`skill_id`);--> statement-breakpoint
CREATE TABLE `catalog_skills` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`estimated_hours` real NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `custom_edges` (
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`from_id`, `to_id`, `kind`)
);
--> statement-breakpoint
CREATE TABLE `custom_skills` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`estimated_hours` real NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `progress_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skill_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`minutes` integer,
	`note` text NOT NULL,
	`level_from` integer,
	`level_to` integer,
	`status_from` text,
	`status_to` text,
	`supersedes` integer,
	`recorded_at` text NOT NULL,
	CONSTRAINT "progress_events_minutes" CHECK("progress_events"."minutes" IS NULL OR "progress_events"."minutes" BETWEEN 1 AND 1440)
);
--> statement-breakpoint
CREATE INDEX `progress_events_skill` ON `progress_events` (`skill_id`,`date`);--> statement-breakpoint
CREATE INDEX `progress_events_date` ON `progress_events` (`date`);--> statement-breakpoint
CREATE TABLE `skill_estimates` (
	`skill_id` text PRIMARY KEY NOT NULL,
	`estimated_hours` real NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `skill_notes` (
	`skill_id` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `skill_progress` (
	`skill_id` text PRIMARY KEY NOT NULL,
	`level` integer NOT NULL,
	`target_level` integer NOT NULL,
	`status` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "skill_progress_level" CHECK("skill_progress"."level" BETWEEN 0 AND 5),
	CONSTRAINT "skill_progress_target" CHECK("skill_progress"."target_level" BETWEEN 0 AND 5)
);
--> statement-breakpoint
CREATE TABLE `user_resources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skill_id` text NOT NULL,
	`title` text NOT NULL,
	`url` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `user_resources_skill` ON `user_resources` (`skill_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`skill_id` text,
	`target_level` integer,
	`career_level` text,
	`target_salary` integer,
	`due_date` text NOT NULL,
	`note` text NOT NULL,
	`created_at` text NOT NULL,
	`completed_at` text
);
