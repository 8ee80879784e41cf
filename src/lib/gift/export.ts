/**
 * A Lectern bank as GIFT that Moodle imports. Text is written as `[markdown]`, which is what
 * Lectern's prompts and feedback are. Difficulty and skills become the Moodle category
 * (`<module>/<difficulty>/<skills>`), so the importer here reads them back. Questions GIFT
 * cannot express are listed, never dropped silently.
 */
import { SKILLS } from '../bank/vocabulary';
import { glossaryNames, type GiftWriter, type OtherNamesOf } from '../question-types/build-kit';
import { buildOf, type QuestionInput } from '../question-types/registry.build';
import { escapeGift } from './escapes';
import { ordinal } from './ordinal';
import { GAP } from './to-bank';

export interface ExportNote {
	id: string;
	message: string;
}

export interface ExportResult {
	gift: string;
	exported: number;
	/** Questions left out, with the reason. */
	skipped: ExportNote[];
	/** Questions written with something GIFT has no place for left behind. */
	notes: ExportNote[];
}

const feedback = (text: string | undefined) => (text ? `#${escapeGift(text)}` : '');
/** Moodle's answerweightparser takes a leading `%…%` off any answer it may weigh. */
const startsLikeWeight = (text: string) => text.trimStart().startsWith('%');

function typed(answer: string, options?: { wildcard?: boolean }): string {
	const escaped = escapeGift(answer);
	return `=${startsLikeWeight(answer) ? '%100%' : ''}${options?.wildcard ? escaped : escaped.replaceAll('*', '\\*')}`;
}

/** GIFT writing for one question: its answer blocks end with its explanation. */
function writer(q: QuestionInput, otherNames: OtherNamesOf): GiftWriter {
	return {
		otherNames,
		escape: escapeGift,
		typed,
		weightGuard: (text) => (startsLikeWeight(text) ? '%0%' : ''),
		feedback,
		ordinal,
		block: (lines) =>
			`{\n${lines.map((l) => `\t${l}\n`).join('')}\t####${escapeGift(q.explanation)}\n}`,
		question(prompt, answers) {
			// Inline where the prompt has a gap followed by more text.
			const parts = prompt.split(GAP);
			if (parts.length === 2 && parts[1]!.trim() !== '') {
				return `::${q.id}::[markdown]${escapeGift(parts[0]!)}${answers}${escapeGift(parts[1]!)}`;
			}
			return `::${q.id}::[markdown]${escapeGift(prompt)}${answers}`;
		}
	};
}

/**
 * `glossary`: the module's, so that a typed answer's glossary aliases (accepted in Lectern unless
 * `acceptAliases: false`) are written as accepted answers too.
 */
export function bankToGift(
	module: string,
	questions: QuestionInput[],
	glossary: readonly { term: string; aliases: readonly string[] }[] = []
): ExportResult {
	const otherNames = glossaryNames(glossary);
	const skipped: ExportNote[] = [];
	const notes: ExportNote[] = [];
	const body: string[] = [];
	let category = '';
	for (const q of questions) {
		const written = buildOf(q.type).toGift(q, writer(q, otherNames));
		if ('skip' in written) {
			skipped.push({ id: q.id, message: `${q.type}: ${written.skip}` });
			continue;
		}
		// Skills in the question format's order: the same skills make one Moodle category.
		const skills = SKILLS.filter((skill) => q.skills.includes(skill));
		const here = `${module}/${q.difficulty}/${skills.join(', ')}`;
		if (here !== category) {
			body.push(`$CATEGORY: ${here}\n`);
			category = here;
		}
		if (written.note) notes.push({ id: q.id, message: `${q.type}: ${written.note}` });
		// GIFT has no hints: they go in a comment, for Moodle's "Hint 1, 2…" fields by hand.
		const hints = q.hints ?? (q.hint === undefined ? [] : [q.hint]);
		if (hints.length)
			notes.push({
				id: q.id,
				message: `${hints.length === 1 ? 'its hint is written as a comment' : `its ${hints.length} hints are written as comments`} (GIFT has no hints; add them in Moodle's question settings)`
			});
		const comments = [
			written.comment,
			...hints.map((hint, i) => `Hint ${i + 1}: ${hint.replace(/\s+/g, ' ')}`)
		].filter(Boolean);
		if (q.shuffle === false) {
			notes.push({
				id: q.id,
				message: '`shuffle: false` is not exported: set “Shuffle the choices” in Moodle'
			});
		}
		body.push(`${comments.map((c) => `// ${c}\n`).join('')}${written.text}\n`);
	}

	const header = [
		`// Lectern question bank “${module}”, written by npm run questions:export.`,
		'// Text is Markdown. Categories are <module>/<difficulty>/<skills>.',
		'// Not in GIFT, so not here: evidence quotes; hints are comments (Moodle reads none).',
		...skipped.map((s) => `// Not exported: ${s.id} (${s.message}).`),
		''
	];
	return {
		gift: [...header, ...body].join('\n'),
		exported: questions.length - skipped.length,
		skipped,
		notes
	};
}
