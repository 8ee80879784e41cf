/**
 * GIFT items to Lectern questions. Whatever cannot be carried over exactly (a numerical or
 * essay question, partial credit, feedback on a typed answer...) is reported with its line,
 * never dropped silently. Fields GIFT has no place for are filled so that
 * `npm run questions:check` points at each one the teacher must write.
 */
import { slugify } from '../content/markdown';
import { DIFFICULTIES, SKILLS, type Difficulty, type Skill } from '../bank/schema';
import { BLANK } from '../question-types/fill-blank/build';
import type { QuestionInput } from '../question-types/registry.build';
import type { ValidationIssue } from '../validation/issues';
import { escapeMarkdown, toMarkdown } from './markup';
import { ordinal } from './ordinal';
import type { GiftAnswer, GiftAnswers, GiftItem, GiftQuestion, GiftText } from './types';

/** Not in any article, so the checker asks for a real quote at this very place. */
export const EVIDENCE_PLACEHOLDER = 'TODO: copy the words of the article that prove the answer';
export const DEFAULT_DIFFICULTY: Difficulty = 'medium';
export const DEFAULT_SKILLS: Skill[] = ['recall'];
/** What a fill-blank asks when the GIFT file gives only the sentence. */
export const FILL_BLANK_PROMPT = 'Complete the sentence.';
/** Where Moodle's missing-word form has its gap, in prompts of other types. */
export const GAP = '_____';

export interface ImportedQuestion {
	question: QuestionInput;
	/** Line of the question in the GIFT file. */
	line: number;
	category?: string;
	/** Whether difficulty and skills came from the category or are the defaults. */
	guessed: { difficulty: boolean; skills: boolean };
}

export interface ImportResult {
	questions: ImportedQuestion[];
	/** Items that are not questions Lectern can have, each with its line and why. */
	skipped: ValidationIssue[];
	/** What was converted with a change the teacher should know of. */
	changed: ValidationIssue[];
}

/** Difficulty and skills named by the parts of a category path such as `kadhimi/easy/recall, vocabulary`. */
export function categoryMeta(path: string): { difficulty?: Difficulty; skills?: Skill[] } {
	let difficulty: Difficulty | undefined;
	const skills: Skill[] = [];
	for (const part of path.split('/')) {
		const word = slugify(part);
		if ((DIFFICULTIES as readonly string[]).includes(word)) difficulty = word as Difficulty;
		const named = part.split(/[,+]/).map((s) => slugify(s));
		if (named.length && named.every((s) => (SKILLS as readonly string[]).includes(s))) {
			for (const skill of named as Skill[]) if (!skills.includes(skill)) skills.push(skill);
		}
	}
	return { difficulty, skills: skills.length ? skills : undefined };
}

function idFrom(question: GiftQuestion, prompt: string, taken: Set<string>): string {
	let base = slugify(question.title ?? prompt.split(/\s+/).slice(0, 6).join(' '));
	if (base.length > 48) base = base.slice(0, 48).replace(/-[^-]*$/, '');
	base ||= 'question';
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** Joins the text around a gap with the spacing a sentence needs. */
function around(before: string, middle: string, after: string): string {
	const left = before ? `${before} ` : '';
	const right = !after ? '' : /^[.,;:!?)’”'"]/.test(after) ? after : ` ${after}`;
	return `${left}${middle}${right}`;
}

/** The start of a long text, to show which one a note is about. */
const excerpt = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

const percent = (answer: GiftAnswer) => `“${answer.text.text}” ${answer.weight ?? 0}%`;

export function giftToBank(items: GiftItem[], file: string): ImportResult {
	const questions: ImportedQuestion[] = [];
	const skipped: ValidationIssue[] = [];
	const changed: ValidationIssue[] = [];
	const taken = new Set<string>();
	let category: string | undefined;

	for (const item of items) {
		const at = { file, line: item.line, column: item.column };
		if (item.kind === 'category') {
			category = item.path;
			const meta = categoryMeta(item.path);
			if (!meta.difficulty && !meta.skills) {
				changed.push({
					...at,
					path: '',
					message: `the category “${item.path}” names no difficulty or skill, so it is kept only as a comment`,
					fix: `The questions below it get difficulty \`${DEFAULT_DIFFICULTY}\` and skills [${DEFAULT_SKILLS.join(', ')}]: change them where that is wrong. A category part such as \`easy\` or \`recall, vocabulary\` would set them.`
				});
			}
			continue;
		}
		if (item.kind === 'description') {
			skipped.push({
				...at,
				path: item.title ? `“${item.title}”` : '',
				message: 'text without an answer block is a Moodle “description”, not a question',
				found: excerpt(item.text.text),
				fix: 'If it introduces the questions after it, put what matters into their prompts.'
			});
			continue;
		}
		if (item.answers.kind === 'numerical' || item.answers.kind === 'essay') {
			const numerical = item.answers.kind === 'numerical';
			skipped.push({
				...at,
				path: item.title ? `“${item.title}”` : '',
				message: numerical
					? 'Lectern has no numerical question (a number with a tolerance or range)'
					: 'Lectern has no essay question (every answer is marked by the quiz itself)',
				fix: numerical
					? 'If one exact answer is right, write it as a short answer, e.g. `{=1822}`, and import again.'
					: 'Keep it in Moodle, or rewrite it as a question with set answers.'
			});
			continue;
		}

		const local: Omit<ValidationIssue, 'path'>[] = [];
		const md = (text: GiftText, line = item.line): string => {
			const converted = toMarkdown(text);
			if (converted.strippedHtml) {
				local.push({
					file,
					line,
					column: 1,
					message: 'HTML formatting was removed from this text',
					found: excerpt(text.text),
					fix: 'Check the text; use Markdown (**bold**, *italic*) for emphasis.'
				});
			}
			return converted.markdown;
		};
		const converted = convert(item, item.answers, md, local, file);
		const id = idFrom(
			item,
			converted.type === 'fill-blank' ? converted.text.replace(BLANK, '') : converted.prompt,
			taken
		);
		const meta = category ? categoryMeta(category) : {};
		const question = {
			id,
			...converted,
			explanation: item.generalFeedback ? md(item.generalFeedback) : '',
			evidence: [EVIDENCE_PLACEHOLDER],
			difficulty: meta.difficulty ?? DEFAULT_DIFFICULTY,
			skills: [...(meta.skills ?? DEFAULT_SKILLS)]
		} as QuestionInput;
		questions.push({
			question,
			line: item.line,
			category,
			guessed: { difficulty: !meta.difficulty, skills: !meta.skills }
		});
		changed.push(...local.map((note) => ({ ...note, path: id })));
	}
	return { questions, skipped, changed };
}

type Converted = { prompt: string } & (
	| { type: 'single' | 'multiple'; options: { text: string; correct?: true; feedback?: string }[] }
	| { type: 'true-false'; answer: boolean; feedbackTrue?: string; feedbackFalse?: string }
	| { type: 'short-answer'; answers: string[] }
	| { type: 'fill-blank'; text: string; blanks: string[][] }
	| { type: 'match'; pairs: { left: string; right: string }[] }
	| { type: 'order'; items: string[] }
);

function convert(
	item: GiftQuestion,
	answers: Exclude<GiftAnswers, { kind: 'numerical' | 'essay' }>,
	md: (text: GiftText, line?: number) => string,
	notes: Omit<ValidationIssue, 'path'>[],
	file: string
): Converted {
	const note = (line: number, rest: Pick<ValidationIssue, 'message' | 'found' | 'fix'>) =>
		notes.push({ file, line, column: 1, ...rest });
	const before = md(item.before);
	const after = item.after ? md(item.after) : undefined;
	// The missing-word form: Moodle shows a line where the answers were.
	const prompt = after === undefined ? before : around(before, GAP, after);

	switch (answers.kind) {
		case 'truefalse': {
			const right = answers.rightFeedback && md(answers.rightFeedback);
			const wrong = answers.wrongFeedback && md(answers.wrongFeedback);
			return {
				type: 'true-false',
				prompt,
				answer: answers.answer,
				...(answers.answer
					? { feedbackTrue: right, feedbackFalse: wrong }
					: { feedbackTrue: wrong, feedbackFalse: right })
			};
		}
		case 'multichoice': {
			const options = answers.answers.map((a) => ({
				text: md(a.text, a.line),
				feedback: a.feedback && md(a.feedback, a.line)
			}));
			// Moodle lets the student pick one answer when any answer starts with `=`.
			if (answers.answers.some((a) => a.mark === '=')) {
				const right = answers.answers.filter((a) => a.mark === '=');
				for (const a of answers.answers) {
					if (a.mark === '~' && (a.weight ?? 0) > 0) {
						note(a.line, {
							message: `partial credit (${a.weight}%) for “${a.text.text}” cannot be kept: it is now a wrong option`,
							fix: 'Lectern’s single-answer questions have one right option and no partial credit.'
						});
					}
				}
				if (right.length > 1) {
					note(item.line, {
						message: `this question has ${right.length} right answers marked \`=\`, but \`single\` takes exactly one`,
						fix: 'Keep `correct: true` on one option, or change `type` to `multiple` if the student should choose all of them.'
					});
				}
				return {
					type: 'single',
					prompt,
					options: options.map((o, i) => ({
						text: o.text,
						...(answers.answers[i]!.mark === '=' ? { correct: true as const } : {}),
						...(o.feedback ? { feedback: o.feedback } : {})
					}))
				};
			}
			const weights = answers.answers.map((a) => a.weight ?? 0);
			const right = weights.filter((w) => w > 0).length;
			const share = 100 / right;
			const exact = weights.every((w) => Math.abs(Math.abs(w) - share) < 0.01);
			if (right && !exact) {
				note(item.line, {
					message: 'the answer weights cannot be kept exactly',
					found: answers.answers.map(percent).join(', '),
					fix: `Lectern counts each right option as 1/${right} and takes 1/${right} off for each wrong option chosen (never below 0). Check that this suits the question.`
				});
			}
			return {
				type: 'multiple',
				prompt,
				options: options.map((o, i) => ({
					text: o.text,
					...(weights[i]! > 0 ? { correct: true as const } : {}),
					...(o.feedback ? { feedback: o.feedback } : {})
				}))
			};
		}
		case 'short': {
			const full = answers.answers.filter((a) => (a.weight ?? 100) >= 100);
			for (const a of answers.answers) {
				if ((a.weight ?? 100) < 100) {
					note(a.line, {
						message: `the answer “${a.text.text}” (${a.weight}% credit) was left out`,
						fix: 'Lectern accepts an answer fully or not at all; add it to `answers` if it should count as right.'
					});
				}
			}
			const withFeedback = answers.answers.filter((a) => a.feedback);
			if (withFeedback.length) {
				note(withFeedback[0]!.line, {
					message: 'feedback on typed answers cannot be kept',
					found: withFeedback.map((a) => `“${a.text.text}”: ${a.feedback!.text}`).join('; '),
					fix: 'Lectern shows one explanation for a typed answer; move anything important into `explanation`.'
				});
			}
			// Typed answers are compared as text, never rendered, so they stay as written.
			const typed = full.map((a) => a.text.text.replace(/\s+/g, ' ').trim());
			if (typed.length === 1 && /^(t|f|true|false)$/i.test(typed[0]!)) {
				note(item.line, {
					message: `read as a short answer whose answer is “${typed[0]}”, as Moodle reads it`,
					fix: 'For a true-false question write {T}, {F}, {TRUE} or {FALSE}, in capitals.'
				});
			}
			if (after === undefined) return { type: 'short-answer', prompt, answers: typed };
			// A paragraph break before the sentence separates an instruction from it (as export writes it).
			const parts = item.before.text.split(/\n\s*\n/);
			const sentence = parts.length > 1 ? md({ ...item.before, text: parts.at(-1)! }) : before;
			const ask =
				parts.length > 1
					? md({ ...item.before, text: parts.slice(0, -1).join(' ') })
					: FILL_BLANK_PROMPT;
			return {
				type: 'fill-blank',
				prompt: ask,
				text: around(sentence, '{1}', after),
				blanks: [typed]
			};
		}
		case 'match': {
			const pairs = answers.pairs.filter((p) => p.left.text !== '');
			for (const extra of answers.pairs.filter((p) => p.left.text === '')) {
				note(extra.line, {
					message: `the extra answer “${extra.right}” (a distractor with nothing on the left) was left out`,
					fix: 'Lectern’s match questions offer only the right-hand side of each pair.'
				});
			}
			if (pairs.length >= 2 && pairs.every((p, i) => p.left.text === ordinal(i + 1))) {
				note(item.line, {
					message: 'a matching of positions (1st, 2nd, …) to items was read as an `order` question',
					fix: 'Students put the items in order; the scoring (the share in the right place) is the same.'
				});
				return { type: 'order', prompt, items: pairs.map((p) => escapeMarkdown(p.right)) };
			}
			return {
				type: 'match',
				prompt,
				pairs: pairs.map((p) => ({ left: md(p.left, p.line), right: escapeMarkdown(p.right) }))
			};
		}
	}
}
