/**
 * The imported questions as a question file a teacher can read and finish: comments say where
 * each question came from and what is left to write; lists of words stay on one line.
 */
import { Document, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { DEFAULT_DIFFICULTY, DEFAULT_SKILLS, type ImportedQuestion } from './to-bank';

export interface BankFileOptions {
	module: string;
	/** The GIFT file's name as the teacher typed it, for the comments. */
	source: string;
	/** Path of questions/schema.json from the written file, for editor completion. */
	schema: string;
	/** How many items of the GIFT file were not converted (listed in the import report). */
	skipped: number;
}

/** A practice quiz so the module's quiz page offers the questions at once. */
const PRESET_SIZE = 20;
const ONE_LINE = new Set(['skills', 'answers', 'patterns']);

export function bankYaml(questions: ImportedQuestion[], options: BankFileOptions): string {
	const doc = new Document(
		{
			module: options.module,
			quizzes: [
				{
					id: 'practice',
					title: 'Practice quiz',
					count: Math.min(questions.length, PRESET_SIZE)
				}
			],
			questions: questions.map((q) => q.question)
		},
		// Each question written out in full: no &anchors a teacher would have to decode.
		{ aliasDuplicateObjects: false }
	);

	const guessed = questions.some((q) => q.guessed.difficulty || q.guessed.skills);
	doc.commentBefore = [
		` yaml-language-server: $schema=${options.schema}`,
		` Imported from ${options.source} by \`npm run questions:import\`: ${questions.length} question${questions.length === 1 ? '' : 's'}${options.skipped ? `; ${options.skipped} item${options.skipped === 1 ? ' was' : 's were'} not converted (see the import report)` : ''}.`,
		' Before students can use it, for every question:',
		'   - replace the `evidence` TODO with words copied exactly from the article;',
		'   - write an `explanation` where it is empty (GIFT’s general feedback, after ####, fills it);',
		guessed
			? `   - check \`difficulty\` and \`skills\`: ${DEFAULT_DIFFICULTY} and [${DEFAULT_SKILLS.join(', ')}] stand in where the GIFT category did not say.`
			: '   - check `difficulty` and `skills`, taken from the GIFT categories.',
		` Then run \`npm run questions:check\` with this file: it lists every place still to fill in.`
	].join('\n');

	const items = (doc.get('questions', true) as YAMLSeq<YAMLMap>).items;
	items.forEach((node, index) => {
		const { line, category } = questions[index]!;
		node.commentBefore = ` ${options.source} line ${line}${category ? ` (category: ${category})` : ''}`;
		if (index > 0) node.spaceBefore = true;
		for (const pair of node.items) {
			const key = String((pair.key as { value?: unknown }).value ?? pair.key);
			const value = pair.value;
			if (ONE_LINE.has(key) && isSeq(value)) value.flow = true;
			if (key === 'blanks' && isSeq(value)) {
				for (const list of value.items) if (isSeq(list)) list.flow = true;
			}
		}
	});
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
