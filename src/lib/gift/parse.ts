/**
 * Reads a Moodle GIFT file the way Moodle's own importer does (question/format/gift/format.php):
 * questions are separated by blank lines, `//` lines are comments, and the answer block decides
 * the kind of question. Unlike Moodle, every item keeps its line, and a broken question is
 * reported and skipped without stopping the rest of the file.
 */
import type { ValidationIssue } from '../validation/issues';
import { findLastUnescaped, findUnescaped, splitBefore, unescapeGift } from './escapes';
import type {
	GiftAnswer,
	GiftAnswers,
	GiftFormat,
	GiftItem,
	GiftNumber,
	GiftPair,
	GiftQuestion,
	GiftText
} from './types';

export interface ParsedGift {
	items: GiftItem[];
	/** Questions that could not be read at all, each with its place and a fix. */
	issues: ValidationIssue[];
}

const FORMATS: readonly GiftFormat[] = ['moodle', 'html', 'plain', 'markdown'];
const WEIGHT = /^%(-?\d+(?:\.\d+)?)%/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A run of lines between blank lines, comment lines blanked so offsets still count lines. */
interface Block {
	raw: string;
	line: number;
	/** The `//` comment lines inside the block, with their lines (Moodle writes `[id:…] [tag:…]` there). */
	comments: { text: string; line: number }[];
}

/** Lines as Moodle reads them: Windows (CRLF), Unix (LF) and old Mac (CR only) endings alike. */
export const splitLines = (source: string): string[] => source.split(/\r\n|\r|\n/);

function blocks(source: string): Block[] {
	const lines = splitLines(source.replace(/^\uFEFF/, ''));
	const found: Block[] = [];
	let current: string[] = [];
	let comments: Block['comments'] = [];
	let start = 0;
	const flush = () => {
		if (current.length) found.push({ raw: current.join('\n'), line: start + 1, comments });
		current = [];
		comments = [];
	};
	lines.forEach((line, index) => {
		if (line.trim() === '') {
			flush();
			return;
		}
		if (!current.length) start = index;
		const comment = line.trim().startsWith('//');
		if (comment) comments.push({ text: line.trim().slice(2), line: index + 1 });
		current.push(comment ? '' : line);
	});
	flush();
	return found;
}

/** `[id:…]` and `[tag:…]` in Moodle's comments, `\]` and `\\` escaped as Moodle writes them. */
function idAndTags(comments: Block['comments']): Pick<GiftQuestion, 'idNumber' | 'tags'> {
	let idNumber: GiftQuestion['idNumber'];
	const tags: NonNullable<GiftQuestion['tags']> = [];
	const unescape = (raw: string) => raw.replace(/\\([\]\\])/g, '$1').trim();
	for (const { text, line } of comments) {
		for (const match of text.matchAll(/\[(id|tag):((?:\\.|[^\]\\])*)\]/g)) {
			const value = unescape(match[2]!);
			if (!value) continue;
			if (match[1] === 'tag') tags.push({ value, line });
			else idNumber ??= { value, line };
		}
	}
	return { ...(idNumber ? { idNumber } : {}), ...(tags.length ? { tags } : {}) };
}

/** Text with an optional `[format]` in front, escapes undone. */
function withFormat(raw: string, fallback: GiftFormat): GiftText {
	const trimmed = raw.trim();
	const match = /^\[(\w+)\]/.exec(trimmed);
	if (match && FORMATS.includes(match[1] as GiftFormat)) {
		return {
			format: match[1] as GiftFormat,
			text: unescapeGift(trimmed.slice(match[0].length)).trim()
		};
	}
	return { format: fallback, text: unescapeGift(trimmed).trim() };
}

const optional = (text: GiftText): GiftText | undefined => (text.text ? text : undefined);

export function parseGift(source: string, file: string): ParsedGift {
	const items: GiftItem[] = [];
	const issues: ValidationIssue[] = [];

	for (const block of blocks(source)) {
		const where = (offset: number) => {
			const before = block.raw.slice(0, offset);
			const newline = before.lastIndexOf('\n');
			return {
				line: block.line + before.split('\n').length - 1,
				column: offset - newline
			};
		};
		const fail = (offset: number, message: string, fix: string, title?: string) =>
			issues.push({
				file,
				...where(offset),
				path: title ? `“${title}”` : '',
				message,
				fix
			});

		let start = block.raw.search(/\S/);
		if (start === -1) continue; // only comments

		if (block.raw.startsWith('$CATEGORY:', start)) {
			const end = block.raw.indexOf('\n', start);
			const path = unescapeGift(block.raw.slice(start + 10, end === -1 ? undefined : end)).trim();
			items.push({ kind: 'category', path, ...where(start) });
			// Moodle wants a blank line after the category; a question right below it is still read.
			if (end === -1 || block.raw.slice(end).trim() === '') continue;
			start = end + 1 + block.raw.slice(end + 1).search(/\S/);
		}
		const at = where(start);

		let title: string | undefined;
		let body = start;
		if (block.raw.startsWith('::', start)) {
			const close = findUnescaped(block.raw, '::', start + 2);
			if (close === -1) {
				fail(
					start,
					'this question title is not closed',
					'Write the title between two pairs of colons, e.g. `::Troop numbers::`, or write `\\:` for a colon that is not part of a title.'
				);
				continue;
			}
			title = unescapeGift(block.raw.slice(start + 2, close)).trim() || undefined;
			body = close + 2;
		}

		const open = findUnescaped(block.raw, '{', body);
		const close = findUnescaped(block.raw, '}', body);
		if (open === -1 && close === -1) {
			items.push({
				kind: 'description',
				title,
				text: withFormat(block.raw.slice(body), 'moodle'),
				...at
			});
			continue;
		}
		if (open === -1 || (close !== -1 && close < open)) {
			fail(
				close,
				'this `}` closes no answer block',
				'Write `\\}` for a brace that is part of the text, or add the `{` that opens the answers.',
				title
			);
			continue;
		}
		if (close === -1) {
			fail(
				open,
				'the answer block opened here is not closed',
				'Add the `}` after the last answer. A blank line ends a question, so a blank line inside the answers cuts the question in two: remove it.',
				title
			);
			continue;
		}
		const another = Math.min(
			...[findUnescaped(block.raw, '{', open + 1), findUnescaped(block.raw, '}', close + 1)].map(
				(i) => (i === -1 ? Infinity : i)
			)
		);
		if (another !== Infinity) {
			fail(
				another,
				'a question can have only one answer block `{...}`',
				'Split it into separate questions, or write `\\{` and `\\}` for braces that are part of the text.',
				title
			);
			continue;
		}

		const question = withFormat(block.raw.slice(body, open), 'moodle');
		const afterRaw = block.raw.slice(close + 1);
		const after =
			afterRaw.trim() === ''
				? undefined
				: { format: question.format, text: unescapeGift(afterRaw).trim() };

		let answerRaw = block.raw.slice(open + 1, close);
		let generalFeedback: GiftText | undefined;
		const general = findLastUnescaped(answerRaw, '####');
		if (general !== -1) {
			generalFeedback = optional(withFormat(answerRaw.slice(general + 4), question.format));
			answerRaw = answerRaw.slice(0, general);
		}

		const answers = readAnswers(
			answerRaw,
			open + 1,
			question.format,
			(offset) => where(offset).line
		);
		if ('error' in answers) {
			fail(answers.offset, answers.error, answers.fix, title);
			continue;
		}
		const item: GiftQuestion = {
			kind: 'question',
			title,
			before: question,
			after,
			answers,
			generalFeedback,
			...idAndTags(block.comments),
			...at
		};
		items.push(item);
	}
	return { items, issues };
}

type ReadResult = GiftAnswers | { error: string; fix: string; offset: number };

/** The answer block, read as Moodle decides its kind: see readquestion() in Moodle's format.php. */
function readAnswers(
	raw: string,
	base: number,
	format: GiftFormat,
	lineAt: (offset: number) => number
): ReadResult {
	const text = raw.trim();
	if (text === '') return { kind: 'essay' };
	if (text.startsWith('#')) return numerical(raw, base, format, lineAt);

	if (findUnescaped(raw, '~') !== -1) {
		const answers = choices(raw, base, '~=', format, lineAt);
		if (answers.length < 2) {
			return {
				error: 'a multiple-choice question needs at least two answers',
				fix: 'Add the other answers, each starting with `~` (wrong) or `=` (right).',
				offset: base
			};
		}
		return { kind: 'multichoice', answers };
	}

	if (findUnescaped(raw, '=') !== -1 && findUnescaped(raw, '->') !== -1) {
		const pairs: GiftPair[] = [];
		for (const piece of splitBefore(raw, '=')) {
			if (piece.mark === '' && piece.text.trim() === '') continue;
			const arrow = findUnescaped(piece.text, '->');
			if (arrow === -1) {
				return {
					error: 'every pair of a matching question needs `->` between its two sides',
					fix: 'Write each pair as `=left side -> right side`.',
					offset: base + piece.offset
				};
			}
			pairs.push({
				left: withFormat(piece.text.slice(0, arrow), format),
				right: unescapeGift(piece.text.slice(arrow + 2)).trim(),
				line: lineAt(base + piece.offset)
			});
		}
		return { kind: 'match', pairs };
	}

	const hash = findUnescaped(raw, '#');
	const verdict = (hash === -1 ? raw : raw.slice(0, hash)).trim();
	if (['T', 'TRUE', 'F', 'FALSE'].includes(verdict)) {
		const second = hash === -1 ? -1 : findUnescaped(raw, '#', hash + 1);
		const part = (from: number, to: number) =>
			from === -1
				? undefined
				: optional(withFormat(raw.slice(from + 1, to === -1 ? undefined : to), format));
		return {
			kind: 'truefalse',
			answer: verdict.startsWith('T'),
			wrongFeedback: part(hash, second),
			rightFeedback: part(second, -1)
		};
	}

	return { kind: 'short', answers: choices(raw, base, '=', format, lineAt) };
}

function choices(
	raw: string,
	base: number,
	marks: string,
	format: GiftFormat,
	lineAt: (offset: number) => number
): GiftAnswer[] {
	const answers: GiftAnswer[] = [];
	for (const piece of splitBefore(raw, marks)) {
		// Text before the first mark is an answer too in Moodle, unless it is empty.
		if (piece.mark === '' && piece.text.trim() === '') continue;
		let body = piece.text.trimStart();
		// In multiple choice Moodle reads a weight only after `~`: `=%50% of voters` is all text.
		const weight = marks === '~=' && piece.mark === '=' ? null : WEIGHT.exec(body);
		if (weight) body = body.slice(weight[0].length);
		const hash = findUnescaped(body, '#');
		answers.push({
			mark: piece.mark === '=' || (piece.mark === '' && marks === '=') ? '=' : '~',
			weight: weight ? Number(weight[1]) : undefined,
			text: withFormat(hash === -1 ? body : body.slice(0, hash), format),
			feedback: hash === -1 ? undefined : optional(withFormat(body.slice(hash + 1), format)),
			line: lineAt(base + piece.offset)
		});
	}
	return answers;
}

/** `{#…}`: answers split at `=` as Moodle does; anything after an unescaped `~` is feedback for other answers. */
function numerical(
	raw: string,
	base: number,
	format: GiftFormat,
	lineAt: (offset: number) => number
): ReadResult {
	const from = raw.indexOf('#') + 1;
	const other = findUnescaped(raw, '~', from);
	const body = raw.slice(0, other === -1 ? undefined : other);
	const answers: GiftNumber[] = [];
	for (const piece of splitBefore(body.slice(from), '=')) {
		if (piece.mark === '' && piece.text.trim() === '') continue;
		let text = piece.text.trim();
		const weight = WEIGHT.exec(text);
		if (weight) text = text.slice(weight[0].length);
		const hash = findUnescaped(text, '#');
		const value = (hash === -1 ? text : text.slice(0, hash)).trim();
		const [number, tolerance] = value.split(':').map((part) => part.trim());
		answers.push({
			weight: weight ? Number(weight[1]) : undefined,
			value,
			exact:
				NUMBER.test(number ?? '') &&
				(tolerance === undefined || (NUMBER.test(tolerance) && Number(tolerance) === 0)),
			feedback: hash === -1 ? undefined : optional(withFormat(text.slice(hash + 1), format)),
			line: lineAt(base + from + piece.offset)
		});
	}
	if (!answers.length) {
		return {
			error: 'a numerical question needs a number after `#`',
			fix: 'Write the number, e.g. `{#1822}` or `{#1822:5}` for 1822 give or take 5.',
			offset: base
		};
	}
	const otherHash = other === -1 ? -1 : findUnescaped(raw, '#', other);
	const otherFeedback =
		otherHash === -1 ? undefined : optional(withFormat(raw.slice(otherHash + 1), format));
	return { kind: 'numerical', answers, ...(otherFeedback ? { otherFeedback } : {}) };
}
