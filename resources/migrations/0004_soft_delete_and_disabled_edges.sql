ALTER TABLE `custom_edges` ADD `disabled_reason` text;--> statement-breakpoint
ALTER TABLE `custom_skills` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `goals` ADD `deleted_at` text;