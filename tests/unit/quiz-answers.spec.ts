import { describe, expect, it } from 'vitest';
import { givenAnswer, rightAnswer } from '../../src/lib/quiz/answers';
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
