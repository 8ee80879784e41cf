/**
 * A Lectern bank as GIFT that Moodle imports. Text is written as `[markdown]`, which is what
 * Lectern's prompts and feedback are. Difficulty and skills become the Moodle category
 * (`<module>/<difficulty>/<skills>`), so the importer here reads them back. Questions GIFT
 * cannot express are listed, never dropped silently.
 */
import { BLANK, type QuestionInput } from '../bank/schema';
import { SKILLS } from '../bank/vocabulary';
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

/** Weight of each right option of a `multiple`, as Moodle writes it (five decimals at most). */
export const share = (right: number) => Number((100 / right).toFixed(5));

const gift = escapeGift;
const feedback = (text: string | undefined) => (text ? `#${gift(text)}` : '');
const general = (q: QuestionInput) => `\t####${gift(q.explanation)}\n`;
const block = (lines: string[], q: QuestionInput) =>
	`{\n${lines.map((l) => `\t${l}\n`).join('')}${general(q)}}`;

/** The question text with its answer block: inline where the prompt has a gap followed by more text. */
function withAnswers(q: QuestionInput, prompt: string, answers: string): string {
	const parts = prompt.split(GAP);
	if (parts.length === 2 && parts[1]!.trim() !== '') {
		return `::${q.id}::[markdown]${gift(parts[0]!)}${answers}${gift(parts[1]!)}`;
	}
	return `::${q.id}::[markdown]${gift(prompt)}${answers}`;
}

type Written = { text: string; comment?: string } | { skip: string };

function write(q: QuestionInput): Written {
	switch (q.type) {
		case 'single':
			return {
				text: withAnswers(
					q,
					q.prompt,
					block(
						q.options.map((o) => `${o.correct ? '=' : '~'}${gift(o.text)}${feedback(o.feedback)}`),
						q
					)
				)
			};
		case 'multiple': {
			const weight = share(q.options.filter((o) => o.correct).length);
			return {
				text: withAnswers(
					q,
					q.prompt,
					block(
						q.options.map(
							(o) => `~%${o.correct ? weight : -weight}%${gift(o.text)}${feedback(o.feedback)}`
						),
						q
					)
				)
			};
		}
		case 'true-false': {
			// Moodle's order: the feedback for a wrong answer first, then for a right one.
			const right = q.answer ? q.feedbackTrue : q.feedbackFalse;
			const wrong = q.answer ? q.feedbackFalse : q.feedbackTrue;
			const tail = `${wrong || right ? `#${gift(wrong ?? '')}` : ''}${right ? `#${gift(right)}` : ''}`;
			return {
				text: withAnswers(
					q,
					q.prompt,
					`{${q.answer ? 'TRUE' : 'FALSE'}${tail}####${gift(q.explanation)}}`
				)
			};
		}
		case 'short-answer': {
			if (q.answers.some((a) => a.includes('->'))) {
				return { skip: 'an answer contains “->”, which makes Moodle read a matching question' };
			}
			return {
				text: withAnswers(
					q,
					q.prompt,
					block(
						q.answers.map((a) => `=${gift(a)}`),
						q
					)
				)
			};
		}
		case 'fill-blank': {
			const gaps = [...q.text.matchAll(BLANK)];
			if (gaps.length !== 1) {
				return {
					skip: `it has ${gaps.length} gaps, and a GIFT missing-word question has exactly one`
				};
			}
			const [before, after] = q.text.split(gaps[0]![0]);
			if (!after!.trim()) {
				return {
					skip: 'its gap ends the sentence, and GIFT needs text after the gap to show it'
				};
			}
			if (q.blanks[0]!.some((a) => a.includes('->'))) {
				return { skip: 'an answer contains “->”, which makes Moodle read a matching question' };
			}
			// The instruction, a paragraph break (\n\n), then the sentence with its gap.
			const answers = block(
				q.blanks[0]!.map((a) => `=${gift(a)}`),
				q
			);
			return {
				text: `::${q.id}::[markdown]${gift(`${q.prompt}\n\n${before}`)}${answers}${gift(after!)}`
			};
		}
		case 'match':
			if (q.pairs.some((p) => p.left.includes('->'))) {
				return { skip: 'a left item contains “->”, which GIFT cannot write' };
			}
			return {
				text: withAnswers(
					q,
					q.prompt,
					block(
						q.pairs.map((p) => `=${gift(p.left)} -> ${gift(p.right)}`),
						q
					)
				)
			};
		case 'order':
			return {
				comment: 'An order question: match each position to its item.',
				text: withAnswers(
					q,
					q.prompt,
					block(
						q.items.map((item, i) => `=${ordinal(i + 1)} -> ${gift(item)}`),
						q
					)
				)
			};
	}
}

export function bankToGift(module: string, questions: QuestionInput[]): ExportResult {
	const skipped: ExportNote[] = [];
	const notes: ExportNote[] = [];
	const body: string[] = [];
	let category = '';
	for (const q of questions) {
		const written = write(q);
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
		if (q.type === 'order')
			notes.push({ id: q.id, message: 'order: written as matching (position → item)' });
		if (q.hint) notes.push({ id: q.id, message: 'its hint is not exported (GIFT has no hints)' });
		if (q.shuffle === false) {
			notes.push({
				id: q.id,
				message: '`shuffle: false` is not exported: set “Shuffle the choices” in Moodle'
			});
		}
		body.push(`${written.comment ? `// ${written.comment}\n` : ''}${written.text}\n`);
	}

	const header = [
		`// Lectern question bank “${module}”, written by npm run questions:export.`,
		'// Text is Markdown. Categories are <module>/<difficulty>/<skills>.',
		'// Not in GIFT, so not here: evidence quotes and hints.',
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
