import { z } from 'zod';
import { count, listOf, percentage, share, slug, text, wholeNumber } from '../validation/fields';
import { QUESTION_SCHEMAS, questionSchema } from '../question-types/registry.build';
import { DIFFICULTIES, QUESTION_TYPES, SKILLS } from './vocabulary';

export { DIFFICULTIES, QUESTION_TYPES, SKILLS };
export type { Difficulty, QuestionType, Skill } from './vocabulary';

export const presetSchema = z
	.strictObject({
		id: slug().describe('Used in quiz links: `?preset=quick`.'),
		title: text().describe('Shown on the quiz page, e.g. "Quick check".'),
		description: text().optional().describe('One sentence telling students what the quiz is for.'),
		count: wholeNumber().describe('How many questions to draw.'),
		types: listOf(z.enum(QUESTION_TYPES)).optional().describe('Only these question types.'),
		difficulty: listOf(z.enum(DIFFICULTIES)).optional().describe('Only these difficulties.'),
		skills: listOf(z.enum(SKILLS))
			.optional()
			.describe('Only questions practising one of these skills.'),
		tries: count(1, 10)
			.optional()
			.describe(
				'How many tries each question allows (1 to 10; default 1). After a wrong try the student sees its feedback and the next hint, and tries again.'
			),
		penalty: share()
			.optional()
			.describe(
				'What each try after the first costs, as a share of the point: `0.25` or `1/3` (default 1/3, as Moodle). The best try counts.'
			),
		mode: z
			.enum(['quiz', 'guided'])
			.optional()
			.describe(
				'`guided` opens this preset as guided reading: the article a part at a time, each after a question on what was just read (default `quiz`).'
			),
		pass: percentage()
			.optional()
			.describe(
				'The pass mark in percent when this quiz is graded in a school’s LMS (`npm run export:scorm`).'
			)
	})
	.describe(
		'A quiz preset: questions drawn at random (seeded) from those matching every filter given.'
	);

/** The top of a question file; each question is checked on its own so one bad question hides no other error. */
export const bankShellSchema = z.strictObject({
	module: slug().describe(
		'The slug of the module this bank belongs to: the folder name under content/.'
	),
	quizzes: z.array(presetSchema).optional().describe('Quiz presets shown on the quiz page.'),
	questions: z.array(z.unknown()).min(1).describe('The questions.')
});

/** `questions/<slug>.yaml`: the schema the editor JSON Schema is generated from. */
export const bankFileSchema = bankShellSchema
	.extend({ questions: z.array(questionSchema).min(1).describe('The questions.') })
	.describe('A Lectern question bank for one article module.');

export type PresetInput = z.output<typeof presetSchema>;

export const BANK_KEYS = [
	...new Set([
		...Object.keys(bankShellSchema.shape),
		...Object.keys(presetSchema.shape),
		...Object.values(QUESTION_SCHEMAS).flatMap((schema) => Object.keys(schema.shape)),
		'text',
		'correct',
		'feedback',
		'left',
		'right'
	])
];
