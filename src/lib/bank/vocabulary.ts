/** The words of the question format, shared by the schema and the pages (kept free of zod so pages stay light). */
export const QUESTION_TYPES = [
	'single',
	'multiple',
	'true-false',
	'fill-blank',
	'short-answer',
	'order',
	'match'
] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const SKILLS = [
	'recall',
	'vocabulary',
	'sequence',
	'cause-effect',
	'inference',
	'main-idea'
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Skill = (typeof SKILLS)[number];
