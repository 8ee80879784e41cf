import { describe, expect, it } from 'vitest';
import { matchTyped } from '../../src/lib/question-types/typed-answer';
import { normaliseAnswer } from '../../src/lib/text/normalise-answer';
import { isAnswered, score } from '../../src/lib/quiz/score';
import { fillBlank, match, multiple, order, shortAnswer, single, trueFalse } from './questions';

describe('score', () => {
	it('single: exactly the correct option scores 1, anything else 0', () => {
		const q = single();
		expect(score(q, { type: 'single', option: 1 })).toEqual({
			score: 1,
			correct: true,
			parts: undefined,
			notes: []
		});
		expect(score(q, { type: 'single', option: 0 }).score).toBe(0);
		expect(score(q, { type: 'single', option: null }).score).toBe(0);
		expect(score(q, { type: 'single', option: 9 }).score).toBe(0);
	});

	it('true-false: exact', () => {
		expect(score(trueFalse(false), { type: 'true-false', value: false }).correct).toBe(true);
		expect(score(trueFalse(false), { type: 'true-false', value: true }).score).toBe(0);
		expect(score(trueFalse(true), { type: 'true-false', value: null }).score).toBe(0);
	});

	it('an answer of another type scores 0', () => {
		expect(score(trueFalse(true), { type: 'single', option: 0 }).score).toBe(0);
	});

	describe('multiple: +1/k per right option chosen, -1/k per wrong one, never below 0', () => {
		const q = multiple([true, true, false, false]);
		const pick = (...chosen: number[]) => score(q, { type: 'multiple', options: chosen });

		it.each([
			[[0, 1], 1],
			[[0], 0.5],
			[[1], 0.5],
			[[0, 1, 2], 0.5],
			[[0, 2], 0],
			[[0, 2, 3], 0],
			[[2, 3], 0],
			[[], 0]
		])('choosing %j scores %d', (chosen, expected) => {
			expect(pick(...chosen).score).toBe(expected);
		});

		it('is correct only with all right and no wrong options, with per-option parts', () => {
			expect(pick(0, 1)).toMatchObject({ correct: true, parts: [true, true, true, true] });
			expect(pick(0, 2)).toMatchObject({ correct: false, parts: [true, false, false, true] });
		});

		it('rounds thirds to three decimals', () => {
			const three = multiple([true, true, true, false]);
			expect(score(three, { type: 'multiple', options: [0, 1] }).score).toBe(0.667);
			expect(score(three, { type: 'multiple', options: [0] }).score).toBe(0.333);
			expect(score(three, { type: 'multiple', options: [0, 1, 3] }).score).toBe(0.333);
		});
	});

	it('order: the share of items in their right position', () => {
		const q = order(4);
		expect(score(q, { type: 'order', order: [0, 1, 2, 3] })).toMatchObject({
			score: 1,
			correct: true
		});
		expect(score(q, { type: 'order', order: [1, 0, 2, 3] })).toMatchObject({
			score: 0.5,
			parts: [false, false, true, true]
		});
		expect(score(q, { type: 'order', order: [3, 2, 1, 0] }).score).toBe(0);
		expect(score(order(3), { type: 'order', order: [0, 2, 1] }).score).toBe(0.333);
	});

	it('match: the share of pairs right', () => {
		const q = match(4);
		expect(score(q, { type: 'match', choices: [0, 1, 2, 3] }).correct).toBe(true);
		expect(score(q, { type: 'match', choices: [0, 1, 3, 2] })).toMatchObject({
			score: 0.5,
			parts: [true, true, false, false]
		});
		expect(score(q, { type: 'match', choices: [0, null, null, null] }).score).toBe(0.25);
		expect(score(q, { type: 'match', choices: [null, null, null, null] }).score).toBe(0);
	});

	it('fill-blank: each gap on its own, typed answers normalised', () => {
		const q = fillBlank([['2,500', '2500'], ['Donald Trump', 'Trump'], ['3,000']]);
		expect(score(q, { type: 'fill-blank', values: ['2 500', 'trump', '3000'] })).toMatchObject({
			score: 1,
			correct: true,
			parts: [true, true, true]
		});
		expect(score(q, { type: 'fill-blank', values: ['2500', 'Obama', ''] })).toMatchObject({
			score: 0.333,
			correct: false,
			parts: [true, false, false]
		});
		expect(score(q, { type: 'fill-blank', values: [] }).score).toBe(0);
	});

	it('fill-blank: a spelling slip in a long gap is accepted with a note', () => {
		const q = fillBlank([['maintenance'], ['training']]);
		expect(score(q, { type: 'fill-blank', values: ['maintenence', 'trianing'] })).toMatchObject({
			score: 0.5,
			parts: [true, false],
			notes: ['Accepted with a small spelling slip: it is spelt “maintenance”.']
		});
	});

	describe('short-answer normalisation', () => {
		const sa = (answers: string[], value: string) =>
			score(shortAnswer(answers), { type: 'short-answer', value });

		it.each([
			['case', ['Joe Biden'], 'JOE biden'],
			['spaces', ['Joe Biden'], '  Joe    Biden '],
			['punctuation', ['Joe Biden'], 'Joe Biden.'],
			['hyphen as space: Al-Kadhimi = al kadhimi', ['Al-Kadhimi'], 'al kadhimi'],
			['hyphen as space the other way', ['Al Kadhimi'], 'Al-Kadhimi'],
			['diacritics', ['Al Kadhimi'], 'Al Kádhimî'],
			['curly quotes', ['Iraq’s army'], "Iraq's army"],
			['curly double quotes', ['“Biden”'], '"Biden"'],
			['thousands separator: 2,500 = 2500', ['2,500'], '2500'],
			['thousands separator the other way', ['2500'], '2,500'],
			['thousands separator as a space', ['2500'], '2 500']
		])('ignores %s', (_, answers, value) => {
			expect(sa(answers, value)).toMatchObject({ score: 1, correct: true, notes: [] });
		});

		it('keeps a decimal point: 1.10 is not 110', () => {
			expect(normaliseAnswer('1.10')).toBe('1.10');
			expect(sa(['1.10'], '110').correct).toBe(false);
		});

		it('rejects an empty or blank answer', () => {
			expect(sa(['Biden'], '').correct).toBe(false);
			expect(sa(['Biden'], '  ...  ').correct).toBe(false);
		});

		it('accepts any of the listed answers', () => {
			expect(sa(['fourth', '4th', '4', 'four'], '4').correct).toBe(true);
			expect(sa(['fourth', '4th', '4', 'four'], 'Four').correct).toBe(true);
		});

		it('accepts a one-letter slip in an answer of 6+ letters, with a note', () => {
			expect(sa(['Kadhimi'], 'Kadhimy')).toEqual({
				score: 1,
				correct: true,
				parts: undefined,
				notes: ['Accepted with a small spelling slip: it is spelt “Kadhimi”.']
			});
			expect(sa(['placate'], 'placte').correct).toBe(true);
			expect(sa(['Hussein'], 'Husein').notes).toHaveLength(1);
		});

		describe('patterns: `*` stands for any characters, as in Moodle (GIFT issue 14.1)', () => {
			const galil = (value: string, patterns = ['Galil*']) =>
				score(shortAnswer(['the Sea of Galilee'], { patterns }), { type: 'short-answer', value })
					.correct;

			it('accepts anything that starts with the text before a final *', () => {
				expect(galil('Galilee')).toBe(true);
				expect(galil('Galileo')).toBe(true);
				expect(galil('galilean sea')).toBe(true);
				expect(galil('Galil')).toBe(true);
				expect(galil('Gali')).toBe(false);
				expect(galil('The Galilee')).toBe(false);
			});

			it('reads * anywhere, compares the rest as answers are, and keeps a word break next to *', () => {
				expect(galil('Louisville', ['*ville'])).toBe(true);
				expect(galil('AL-KADHIMI said', ['al kadhimi *'])).toBe(true);
				expect(galil('New York', ['New *'])).toBe(true);
				expect(galil('Newcastle', ['New *'])).toBe(false);
				expect(galil('3.14', ['3.1*'])).toBe(true);
				expect(galil('301', ['3.1*'])).toBe(false);
			});

			it('takes * in `answers` as text, as before', () => {
				expect(
					score(shortAnswer(['Galil*']), { type: 'short-answer', value: 'Galileo' }).correct
				).toBe(false);
			});
		});

		it('does not accept a slip in an answer of fewer than 6 letters', () => {
			expect(sa(['Biden'], 'Bidem')).toMatchObject({ score: 0, notes: [] });
			expect(sa(['vying'], 'vyingg').correct).toBe(false);
		});

		it('does not accept two slips', () => {
			expect(sa(['Kadhimi'], 'Kadhymy').correct).toBe(false);
		});

		// The typo allowance counts letters only: "the UN" has 5 letters (6 characters with the
		// space), so "the UK" is not a spelling slip; "Al Sadr" has 6 letters, so "Al Sabr" is.
		it('does not count the space: "the UK" is not a slip for "the UN" (5 letters)', () => {
			expect(sa(['the UN'], 'the UK').correct).toBe(false);
			expect(sa(['Al Sadr'], 'Al Sabr')).toMatchObject({
				correct: true,
				notes: ['Accepted with a small spelling slip: it is spelt “Al Sadr”.']
			});
		});

		// The shipped bank's fill-blank on the election date accepts [October 10, 10 October, ...];
		// "October 11" must not score as "a small spelling slip".
		it('never accepts a changed digit as a spelling slip: October 11 is not October 10', () => {
			expect(matchTyped('October 11', ['October 10']).ok).toBe(false);
			expect(matchTyped('in 2011', ['in 2021']).ok).toBe(false);
		});

		it('gives no typo allowance at all when the answer or the text typed has a digit', () => {
			expect(matchTyped('Octber 10', ['October 10']).ok).toBe(false);
			expect(matchTyped('Kadhimi1', ['Kadhimi']).ok).toBe(false);
			expect(matchTyped('October 10', ['October 10'])).toEqual({ ok: true });
		});

		it('ignores dots in abbreviations: "U.S." = "US"', () => {
			expect(sa(['US'], 'U.S.')).toMatchObject({ correct: true, notes: [] });
			expect(sa(['U.N.'], 'UN').correct).toBe(true);
			expect(sa(['Washington DC'], 'Washington D.C.').correct).toBe(true);
		});
	});
});

describe('isAnswered', () => {
	it('knows when there is something to check', () => {
		expect(isAnswered(undefined)).toBe(false);
		expect(isAnswered({ type: 'single', option: null })).toBe(false);
		expect(isAnswered({ type: 'single', option: 0 })).toBe(true);
		expect(isAnswered({ type: 'multiple', options: [] })).toBe(false);
		expect(isAnswered({ type: 'fill-blank', values: [' ', ''] })).toBe(false);
		expect(isAnswered({ type: 'fill-blank', values: ['', 'x'] })).toBe(true);
		expect(isAnswered({ type: 'short-answer', value: '  ' })).toBe(false);
		expect(isAnswered({ type: 'order', order: [0, 1, 2] })).toBe(true);
		expect(isAnswered({ type: 'match', choices: [null, 1] })).toBe(true);
	});
});
