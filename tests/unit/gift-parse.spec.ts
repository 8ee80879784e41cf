import { describe, expect, it } from 'vitest';
import { escapeGift, unescapeGift } from '../../src/lib/gift/escapes';
import { parseGift } from '../../src/lib/gift/parse';
import type { GiftQuestion } from '../../src/lib/gift/types';
import { formatIssue } from '../../src/lib/validation/issues';

const only = (source: string): GiftQuestion => {
	const { items, issues } = parseGift(source, 'q.gift');
	expect(issues).toEqual([]);
	expect(items).toHaveLength(1);
	return items[0] as GiftQuestion;
};
const plain = (text: string) => ({ format: 'moodle', text });

describe('reading GIFT as Moodle does', () => {
	it('reads the kind of each question from its answer block', () => {
		const kinds = parseGift(
			[
				'A {~a =b}',
				'B {=a =b}',
				'C {T}',
				'D {FALSE}',
				'E {=a -> b =c -> d}',
				'F {#1822:5}',
				'G {}',
				'H {~%50%a ~%50%b ~c}'
			].join('\n\n'),
			'q.gift'
		).items.map((item) => (item as GiftQuestion).answers.kind);
		expect(kinds).toEqual([
			'multichoice',
			'short',
			'truefalse',
			'truefalse',
			'match',
			'numerical',
			'essay',
			'multichoice'
		]);
	});

	it('keeps the title, the [format], per-answer feedback, weights and general feedback', () => {
		expect(
			only(
				"::Jesus' hometown::[markdown]Jesus **Christ** was from {\n  ~Jerusalem#Wrong city.\n  ~%50%Galilee#Be more specific.\n  =Nazareth#Yes!\n  ####He grew up in Nazareth.\n}"
			)
		).toEqual({
			kind: 'question',
			title: "Jesus' hometown",
			before: { format: 'markdown', text: 'Jesus **Christ** was from' },
			after: undefined,
			answers: {
				kind: 'multichoice',
				answers: [
					{
						mark: '~',
						weight: undefined,
						text: { format: 'markdown', text: 'Jerusalem' },
						feedback: { format: 'markdown', text: 'Wrong city.' },
						line: 2
					},
					{
						mark: '~',
						weight: 50,
						text: { format: 'markdown', text: 'Galilee' },
						feedback: { format: 'markdown', text: 'Be more specific.' },
						line: 3
					},
					{
						mark: '=',
						weight: undefined,
						text: { format: 'markdown', text: 'Nazareth' },
						feedback: { format: 'markdown', text: 'Yes!' },
						line: 4
					}
				]
			},
			generalFeedback: { format: 'markdown', text: 'He grew up in Nazareth.' },
			line: 1,
			column: 1
		});
	});

	it('keeps the text on both sides of a missing-word gap', () => {
		const q = only("Grant is {~buried =entombed ~living} in Grant's tomb.");
		expect(q.before).toEqual(plain('Grant is'));
		expect(q.after).toEqual(plain("in Grant's tomb."));
		// Answers at the very end are no gap, as in Moodle.
		expect(only("Who's buried in Grant's tomb?{=no one}").after).toBeUndefined();
	});

	it('undoes the escapes \\~ \\= \\# \\{ \\} \\: \\n and \\\\, and only those', () => {
		const q = only(
			'1 + 2 \\= ? Braces \\{ \\}, a \\: colon\\nnew line, a \\\\ and 50\\% {=3 \\# three}'
		);
		expect(q.before.text).toBe('1 + 2 = ? Braces { }, a : colon\nnew line, a \\ and 50\\%');
		expect(q.answers).toMatchObject({
			kind: 'short',
			answers: [{ text: plain('3 # three'), feedback: undefined }]
		});
		expect(unescapeGift(escapeGift('a ~ b = c # d { e } f : g \\ h\ni'))).toBe(
			'a ~ b = c # d { e } f : g \\ h\ni'
		);
	});

	it('reads true-false feedback in Moodle’s order: for a wrong answer, then for a right one', () => {
		expect(
			only('The sun rises in the east.{TRUE#Look again.#Yes.####It rises in the east.}')
		).toMatchObject({
			answers: {
				kind: 'truefalse',
				answer: true,
				wrongFeedback: plain('Look again.'),
				rightFeedback: plain('Yes.')
			},
			generalFeedback: plain('It rises in the east.')
		});
	});

	it('ignores // comment lines, inside a question too, and keeps line numbers true', () => {
		const { items } = parseGift(
			'// heading\n\n// about the next one\nWhich? {\n// a comment between answers\n=yes ~no}\n\n\n$CATEGORY: course/easy\n\nLast {T}',
			'q.gift'
		);
		expect(items.map((i) => [i.kind, i.line, i.column])).toEqual([
			['question', 4, 1],
			['category', 9, 1],
			['question', 11, 1]
		]);
		expect((items[0] as GiftQuestion).answers).toMatchObject({
			answers: [
				{ text: plain('yes'), line: 6 },
				{ text: plain('no'), line: 6 }
			]
		});
	});

	it('reads Windows line endings and a byte-order mark', () => {
		const { items } = parseGift('\uFEFF::A::First {T}\r\n\r\n::B::Second {F}\r\n', 'q.gift');
		expect(items.map((i) => [(i as GiftQuestion).title, i.line])).toEqual([
			['A', 1],
			['B', 3]
		]);
	});

	it('reports each broken question with its line and a fix, and reads the rest of the file', () => {
		const parsed = parseGift(
			[
				'::Unclosed::Which group? {',
				'\t=Fatah',
				'',
				'\t~Sairoon',
				'}',
				'',
				'::Two blocks::Pick {=a ~b} and {=c ~d}',
				'',
				'::Pairs::Match {=a -> b =c}',
				'',
				'::Lonely::Only one {~a}',
				'',
				'::No end title Which? {T}',
				'',
				'Still read {T}'
			].join('\n'),
			'quiz.gift'
		);
		expect(parsed.issues.map(formatIssue)).toEqual([
			`quiz.gift:1:26  “Unclosed”: the answer block opened here is not closed
    fix:      Add the \`}\` after the last answer. A blank line ends a question, so a blank line inside the answers cuts the question in two: remove it.`,
			`quiz.gift:5:1  this \`}\` closes no answer block
    fix:      Write \`\\}\` for a brace that is part of the text, or add the \`{\` that opens the answers.`,
			`quiz.gift:7:32  “Two blocks”: a question can have only one answer block \`{...}\`
    fix:      Split it into separate questions, or write \`\\{\` and \`\\}\` for braces that are part of the text.`,
			`quiz.gift:9:25  “Pairs”: every pair of a matching question needs \`->\` between its two sides
    fix:      Write each pair as \`=left side -> right side\`.`,
			`quiz.gift:11:21  “Lonely”: a multiple-choice question needs at least two answers
    fix:      Add the other answers, each starting with \`~\` (wrong) or \`=\` (right).`,
			`quiz.gift:13:1  this question title is not closed
    fix:      Write the title between two pairs of colons, e.g. \`::Troop numbers::\`, or write \`\\:\` for a colon that is not part of a title.`
		]);
		expect(parsed.items).toHaveLength(1);
		expect((parsed.items[0] as GiftQuestion).before.text).toBe('Still read');
	});
});
