import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The user's goals; completed_at is set once, when the data (or the user) says the goal is reached. */
export const goals = sqliteTable('goals', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  kind: text('kind').notNull(),
  skillId: text('skill_id'),
  targetLevel: integer('target_level'),
  careerLevel: text('career_level'),
  targetSalary: integer('target_salary'),
  dueDate: text('due_date').notNull(),
  note: text('note').notNull(),
  createdAt: text('created_at').notNull(),
  completedAt: text('completed_at'),
  /** Soft delete, so "Undo" can bring the goal back as it was. */
  deletedAt: text('deleted_at'),
});
