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

/** How the pages name each type to students and teachers. */
export const TYPE_LABELS: Record<QuestionType, string> = {
	single: 'One answer',
	multiple: 'Choose all that apply',
	'true-false': 'True or false',
	'fill-blank': 'Fill the gaps',
	'short-answer': 'Short answer',
	order: 'Put in order',
	match: 'Match pairs'
};

/** `cause-effect` reads as “cause and effect”, `main-idea` as “main idea”. */
export const skillLabel = (skill: Skill): string =>
	skill === 'cause-effect' ? 'cause and effect' : skill.replace('-', ' ');
