import { describe, expect, it } from 'vitest';
import { givenAnswer, rightAnswer, verdictOf } from '../../src/lib/quiz/answers';
import { fillBlank, match, multiple, order, single, trueFalse } from './questions';

describe('answers in words', () => {
	it('gives the right answer of each type', () => {
		expect(rightAnswer(multiple([true, false, true]))).toEqual(['o0', 'o2']);
		expect(rightAnswer(trueFalse(false))).toEqual(['False']);
		expect(rightAnswer(fillBlank([['2,500', '2500'], ['Trump']]))).toEqual([
			'Gap 1: 2,500',
			'Gap 2: Trump'
		]);
		expect(rightAnswer(order(3))).toEqual(['1. Item 0', '2. Item 1', '3. Item 2']);
		expect(rightAnswer(match(2))).toEqual(['L0: R0', 'L1: R1']);
	});

	it('gives what the student answered', () => {
		expect(givenAnswer(order(3), { type: 'order', order: [2, 0, 1] })).toEqual([
			'1. Item 2',
			'2. Item 0',
			'3. Item 1'
		]);
		expect(givenAnswer(match(2), { type: 'match', choices: [1, null] })).toEqual([
			'L0: R1',
			'L1: (none)'
		]);
		expect(
			givenAnswer(fillBlank([['a'], ['b']]), { type: 'fill-blank', values: [' x ', ''] })
		).toEqual(['Gap 1: x', 'Gap 2: (empty)']);
		expect(givenAnswer(single(), undefined)).toEqual([]);
	});
});

describe('the verdict on a final answer', () => {
	const question = trueFalse(false);
	const right = { type: 'true-false', value: false } as const;
	const wrong = { type: 'true-false', value: true } as const;
	const result = (score: number) => ({ score, correct: score === 1, notes: [] });

	it('names an answer right in the end, at a later try or with hints, as right, not as missed', () => {
		expect(verdictOf(question, right, result(1))).toMatchObject({
			kind: 'right',
			label: 'Correct'
		});
		expect(verdictOf(question, right, result(0.67))).toEqual({
			kind: 'right-late',
			label: 'Right, for 67% of the point',
			icon: '◐'
		});
	});

	it('names a partly right answer and a wrong one as such', () => {
		expect(verdictOf(question, wrong, result(0.5))).toMatchObject({
			kind: 'partly',
			label: 'Partly right: 50%'
		});
		expect(verdictOf(question, wrong, result(0))).toMatchObject({
			kind: 'wrong',
			label: 'Not quite'
		});
		// A right final answer that earned nothing (every try cost its point) is not called right.
		expect(verdictOf(question, right, result(0)).kind).toBe('wrong');
	});
});
