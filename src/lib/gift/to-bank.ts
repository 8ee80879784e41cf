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
import type {
	GiftAnswer,
	GiftAnswers,
	GiftItem,
	GiftNumber,
	GiftQuestion,
	GiftText
} from './types';
import { UniqueIds } from './unique-ids';

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

/** The id a title (or the prompt's first words) gives. */
function idBase(question: GiftQuestion, prompt: string): string {
	let base = slugify(question.title ?? prompt.split(/\s+/).slice(0, 6).join(' '));
	if (base.length > 48) base = base.slice(0, 48).replace(/-[^-]*$/, '');
	return base || 'question';
}

/** Whether a numerical answer block can be a short answer: its right answers are exact numbers. */
function exactNumbers(answers: GiftNumber[]): boolean {
	const right = answers.filter((a) => (a.weight ?? 100) >= 100);
	return right.length > 0 && right.every((a) => a.exact);
}

/** Numerical answers as short answers, so the typed-answer conversion handles them. */
const numbersAsTyped = (answers: GiftNumber[]): GiftAnswer[] =>
	answers.map((a) => ({
		mark: '=',
		weight: a.weight,
		text: { format: 'plain', text: a.value.split(':')[0]!.trim() },
		feedback: a.feedback,
		line: a.line
	}));

const converts = (item: GiftQuestion): boolean =>
	item.answers.kind !== 'essay' &&
	(item.answers.kind !== 'numerical' || exactNumbers(item.answers.answers));

/** Joins the text around a gap with the spacing a sentence needs. */
function around(before: string, middle: string, after: string): string {
	const left = before ? `${before} ` : '';
	const right = !after ? '' : /^[.,;:!?)’”'"]/.test(after) ? after : ` ${after}`;
	return `${left}${middle}${right}`;
}

/** The start of a long text, to show which one a note is about. */
const excerpt = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

const percent = (answer: GiftAnswer) => `“${answer.text.text}” ${answer.weight ?? 0}%`;

/** The question's id: Moodle's ID number when it was free, else one made from its title or prompt. */
function questionId(
	item: GiftQuestion,
	prompt: string,
	ids: UniqueIds,
	owner: Map<string, number>,
	notes: Omit<ValidationIssue, 'path'>[],
	file: string
): string {
	const given = item.idNumber;
	if (!given) return ids.unique(idBase(item, prompt));
	const wanted = slugify(given.value);
	const at = { file, line: given.line, column: 1 };
	if (wanted && owner.get(wanted) === item.line) {
		if (wanted !== given.value) {
			notes.push({
				...at,
				message: `the Moodle ID number “${given.value}” became the id \`${wanted}\``,
				fix: 'Lectern ids are lowercase letters, digits and hyphens.'
			});
		}
		return wanted;
	}
	const id = ids.unique(idBase(item, prompt));
	notes.push({
		...at,
		message: wanted
			? `the Moodle ID number “${given.value}” is already the id of the question at line ${owner.get(wanted)}, so this one is \`${id}\``
			: `the Moodle ID number “${given.value}” has no letters or digits to make an id, so this question is \`${id}\``,
		fix: 'Ids must differ: give one of them another id if it matters (progress is saved against it).'
	});
	return id;
}

/** Skills (and a difficulty) named by Moodle tags; any other tag is reported at its line. */
function tagMeta(
	item: GiftQuestion,
	notes: Omit<ValidationIssue, 'path'>[],
	file: string
): { skills: Skill[]; difficulty?: Difficulty } {
	const skills: Skill[] = [];
	let difficulty: Difficulty | undefined;
	const unknown = new Map<number, string[]>();
	for (const tag of item.tags ?? []) {
		// “Cause and effect” names cause-effect.
		const word = slugify(tag.value).replace(/-and-/g, '-');
		if ((SKILLS as readonly string[]).includes(word)) skills.push(word as Skill);
		else if ((DIFFICULTIES as readonly string[]).includes(word)) difficulty = word as Difficulty;
		else unknown.set(tag.line, [...(unknown.get(tag.line) ?? []), tag.value]);
	}
	for (const [line, tags] of unknown) {
		notes.push({
			file,
			line,
			column: 1,
			message: `${tags.length === 1 ? 'the tag' : 'the tags'} ${tags.map((t) => `“${t}”`).join(', ')} ${tags.length === 1 ? 'names' : 'name'} no Lectern skill or difficulty, so ${tags.length === 1 ? 'it was' : 'they were'} left out`,
			fix: `Lectern’s skills are ${SKILLS.join(', ')}; a tag such as \`[tag:inference]\` (or \`[tag:easy]\`) sets one. A tag for your own sorting can stay in Moodle.`
		});
	}
	return { skills, difficulty };
}

export function giftToBank(items: GiftItem[], file: string): ImportResult {
	const questions: ImportedQuestion[] = [];
	const skipped: ValidationIssue[] = [];
	const changed: ValidationIssue[] = [];
	const ids = new UniqueIds();
	// Moodle's ID numbers (`// [id:…]`) are claimed first, so no title elsewhere takes one.
	const idOwner = new Map<string, number>();
	for (const item of items) {
		if (item.kind !== 'question' || !converts(item) || !item.idNumber) continue;
		const id = slugify(item.idNumber.value);
		if (id && ids.claim(id)) idOwner.set(id, item.line);
	}
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
		if (!converts(item)) {
			const numerical = item.answers.kind === 'numerical';
			skipped.push({
				...at,
				path: item.title ? `“${item.title}”` : '',
				message: numerical
					? 'Lectern has no numerical question with a tolerance or a range'
					: 'Lectern has no essay question (every answer is marked by the quiz itself)',
				fix: numerical
					? 'If one exact number is right, write it without the tolerance, e.g. `{#1822}`, and import again: it becomes a short answer.'
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
					message:
						'HTML formatting other than bold, italic and web or mail links was removed from this text (its words are kept)',
					found: converted.removed?.length
						? `removed ${converted.removed.map((tag) => excerpt(tag)).join(', ')}`
						: excerpt(text.text),
					fix: 'Check the text; use Markdown (**bold**, *italic*, [text](https://…)) for what should stay.'
				});
			}
			return converted.markdown;
		};
		const converted = convert(item, md, local, file);
		if ('skip' in converted) {
			skipped.push({ ...at, path: item.title ? `“${item.title}”` : '', ...converted.skip });
			continue;
		}
		const id = questionId(
			item,
			converted.type === 'fill-blank' ? converted.text.replace(BLANK, '') : converted.prompt,
			ids,
			idOwner,
			local,
			file
		);
		const meta = category ? categoryMeta(category) : {};
		const tagged = tagMeta(item, local, file);
		const skills = [...new Set([...(meta.skills ?? []), ...tagged.skills])];
		const question = {
			id,
			...converted,
			explanation: item.generalFeedback ? md(item.generalFeedback) : '',
			evidence: [EVIDENCE_PLACEHOLDER],
			difficulty: tagged.difficulty ?? meta.difficulty ?? DEFAULT_DIFFICULTY,
			skills: skills.length ? skills : [...DEFAULT_SKILLS]
		} as QuestionInput;
		questions.push({
			question,
			line: item.line,
			category,
			guessed: {
				difficulty: !tagged.difficulty && !meta.difficulty,
				skills: !skills.length
			}
		});
		changed.push(...local.map((note) => ({ ...note, path: id })));
	}
	return { questions, skipped, changed };
}

/** What a pattern accepts, in words: “anything starting “Galil””. */
function describePattern(pattern: string): string {
	const pieces = pattern.split(/\*+/);
	const [first, last] = [pieces[0]!.trim(), pieces.at(-1)!.trim()];
	if (pieces.length === 2 && first && !last) return `any answer starting “${first}”`;
	if (pieces.length === 2 && !first && last) return `any answer ending “${last}”`;
	return 'any answer where each `*` stands for any characters';
}

type Converted = { prompt: string } & (
	| { type: 'single' | 'multiple'; options: { text: string; correct?: true; feedback?: string }[] }
	| { type: 'true-false'; answer: boolean; feedbackTrue?: string; feedbackFalse?: string }
	| { type: 'short-answer'; answers: string[]; patterns?: string[] }
	| { type: 'fill-blank'; text: string; blanks: string[][] }
	| { type: 'match'; pairs: { left: string; right: string }[] }
	| { type: 'order'; items: string[] }
);

type Skip = { skip: Pick<ValidationIssue, 'message' | 'fix'> };

/** Moodle's wildcard: a `*` not written `\*`. */
const WILDCARD = /(?<!\\)\*/;
/** A typed answer as Lectern keeps it: spacing collapsed, `\*` an asterisk again. */
const typedText = (text: string) => text.replace(/\\\*/g, '*').replace(/\s+/g, ' ').trim();

function convert(
	item: GiftQuestion,
	md: (text: GiftText, line?: number) => string,
	notes: Omit<ValidationIssue, 'path'>[],
	file: string
): Converted | Skip {
	const note = (line: number, rest: Pick<ValidationIssue, 'message' | 'found' | 'fix'>) =>
		notes.push({ file, line, column: 1, ...rest });
	const before = md(item.before);
	const after = item.after ? md(item.after) : undefined;
	// The missing-word form: Moodle shows a line where the answers were.
	const prompt = after === undefined ? before : around(before, GAP, after);

	let answers = item.answers as Exclude<GiftAnswers, { kind: 'essay' }>;
	if (answers.kind === 'numerical') {
		const right = answers.answers.filter((a) => (a.weight ?? 100) >= 100).map((a) => a.value);
		const number = right[0]!.split(':')[0]!.trim();
		const other = number.includes('.') ? `${number}0` : `${number}.0`;
		note(item.line, {
			message: `a numerical question with ${right.length === 1 ? 'one exact number' : 'exact numbers'} (${right.map((v) => `“${v.split(':')[0]!.trim()}”`).join(', ')}) became a ${after === undefined ? 'short answer' : 'fill-blank'}`,
			fix: `The student types the number, compared as text: “${other}” is not “${number}”. Add any other way of writing it that should count (in words, say) to the answers.`
		});
		if (answers.otherFeedback) {
			note(item.line, {
				message: `the feedback for any other number (“${answers.otherFeedback.text}”) cannot be kept`,
				fix: 'Lectern marks any answer not listed as wrong; put what that feedback says into `explanation` if it matters.'
			});
		}
		answers = { kind: 'short', answers: numbersAsTyped(answers.answers) };
	}

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
						fix: 'Keep `correct: true` on one option, or change `type` to `multiple` if the student should choose all of them. An `=` that is part of an answer’s text is written `\\=` in GIFT.'
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
			// Moodle's `=%0%*#…`: feedback for any answer not listed.
			const catchAllWrong = (a: GiftAnswer) =>
				(a.weight ?? 100) < 100 && a.text.text.trim() === '*';
			const full = answers.answers.filter((a) => (a.weight ?? 100) >= 100);
			for (const a of answers.answers) {
				if ((a.weight ?? 100) >= 100) continue;
				note(
					a.line,
					catchAllWrong(a)
						? {
								message: `the catch-all answer “*” (${a.weight}% credit${a.feedback ? `, with its feedback “${a.feedback.text}”` : ''}) was left out`,
								fix: 'Lectern marks every answer not listed as wrong; put what that feedback says into `explanation` if it matters.'
							}
						: {
								message: `the answer “${a.text.text}” (${a.weight}% credit) was left out`,
								fix: 'Lectern accepts an answer fully or not at all; add it to `answers` if it should count as right.'
							}
				);
			}
			const withFeedback = answers.answers.filter((a) => a.feedback && !catchAllWrong(a));
			if (withFeedback.length) {
				note(withFeedback[0]!.line, {
					message: 'feedback on typed answers cannot be kept',
					found: withFeedback.map((a) => `“${a.text.text}”: ${a.feedback!.text}`).join('; '),
					fix: 'Lectern shows one explanation for a typed answer; move anything important into `explanation`.'
				});
			}
			// Typed answers are compared as text, never rendered, so they stay as written.
			const literal = full.filter((a) => !WILDCARD.test(a.text.text));
			const wild = full.filter((a) => WILDCARD.test(a.text.text));
			const typed = literal.map((a) => typedText(a.text.text));
			if (typed.length === 1 && /^(t|f|true|false)$/i.test(typed[0]!)) {
				note(item.line, {
					message: `read as a short answer whose answer is “${typed[0]}”, as Moodle reads it`,
					fix: 'For a true-false question write {T}, {F}, {TRUE} or {FALSE}, in capitals.'
				});
			}
			// Without the wildcard: what the pattern accepts at the least (`Galil*` accepts “Galil”).
			const bare = (a: GiftAnswer) => typedText(a.text.text.replace(/(?<!\\)\*+/g, ' '));
			const catchAll = wild.filter((a) => bare(a) === '');
			for (const a of catchAll) {
				note(a.line, {
					message: `the right answer “${a.text.text}” accepts anything the student types, so it was left out`,
					fix: 'A question every answer passes marks nothing: write the answers that are right.'
				});
			}
			const patterns = wild.filter((a) => bare(a) !== '');

			if (after === undefined) {
				const pattern = patterns.map((a) => typedText(a.text.text.replace(/\\\*/g, '')));
				const shown = typed.length ? typed : pattern.map((p) => typedText(p.replace(/\*+/g, ' ')));
				if (!shown.length) {
					return {
						skip: {
							message: 'no answer is right but “*”, which accepts anything',
							fix: 'Write the answers that are right, e.g. `{=Nazareth}`, and import again.'
						}
					};
				}
				if (patterns.length) {
					note(patterns[0]!.line, {
						message: `Moodle’s wildcard \`*\` (any characters) in ${pattern.map((p) => `“${p}”`).join(', ')} is kept under \`patterns\`: “${pattern[0]}” accepts ${describePattern(pattern[0]!)}`,
						fix: typed.length
							? 'Check that the pattern accepts only right answers.'
							: `Students are shown “${shown[0]}” as the right answer: write the full answer under \`answers\` instead.`
					});
				}
				return {
					type: 'short-answer',
					prompt,
					answers: shown,
					...(pattern.length ? { patterns: pattern } : {})
				};
			}
			for (const a of patterns) {
				note(a.line, {
					message: `Moodle’s wildcard \`*\` in “${a.text.text}” cannot be kept: a fill-blank gap has no patterns, so it now accepts only “${bare(a)}”`,
					fix: 'Add the full answers the gap should accept to `blanks`, or make the question a `short-answer` with `patterns`.'
				});
			}
			const accepted = [...typed, ...patterns.map(bare)];
			if (!accepted.length) {
				return {
					skip: {
						message: 'no answer is right but “*”, which accepts anything',
						fix: 'Write the answers that are right, e.g. `{=Nazareth}`, and import again.'
					}
				};
			}
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
				blanks: [accepted]
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
