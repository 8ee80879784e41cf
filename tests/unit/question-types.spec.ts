import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../src/lib/bank/vocabulary';
import { checkResponse, type Question } from '../../src/lib/question-types/registry';
import { initialResponse } from '../../src/lib/quiz/session';
import { fillBlank, match, multiple, order, shortAnswer, single, trueFalse } from './questions';

/** For each type: a question, well-formed responses to it, and responses each wrong in one field. */
const cases: { question: Question; valid: unknown[]; invalid: [string, unknown][] }[] = [
	{
		question: single(),
		valid: [
			{ type: 'single', option: null },
			{ type: 'single', option: 0 },
			{ type: 'single', option: 3 }
		],
		invalid: [
			['another type', { type: 'multiple', option: 0 }],
			['no option', { type: 'single' }],
			['an option as text', { type: 'single', option: '1' }],
			['an option past the last', { type: 'single', option: 4 }],
			['a negative option', { type: 'single', option: -1 }],
			['a fractional option', { type: 'single', option: 1.5 }]
		]
	},
	{
		question: multiple([true, true, false]),
		valid: [
			{ type: 'multiple', options: [] },
			{ type: 'multiple', options: [2, 0] }
		],
		invalid: [
			['another type', { type: 'single', options: [0] }],
			['options not a list', { type: 'multiple', options: 0 }],
			['an option as text', { type: 'multiple', options: ['0'] }],
			['an option past the last', { type: 'multiple', options: [3] }],
			['an option twice', { type: 'multiple', options: [1, 1] }],
			['null for options', { type: 'multiple', options: null }]
		]
	},
	{
		question: trueFalse(true),
		valid: [
			{ type: 'true-false', value: null },
			{ type: 'true-false', value: true },
			{ type: 'true-false', value: false }
		],
		invalid: [
			['another type', { type: 'single', value: true }],
			['no value', { type: 'true-false' }],
			['a value as text', { type: 'true-false', value: 'true' }],
			['a value as a number', { type: 'true-false', value: 1 }]
		]
	},
	{
		question: fillBlank([['a'], ['b']]),
		valid: [
			{ type: 'fill-blank', values: ['', ''] },
			{ type: 'fill-blank', values: ['x', ' y '] }
		],
		invalid: [
			['another type', { type: 'short-answer', values: ['', ''] }],
			['values not a list', { type: 'fill-blank', values: 'x' }],
			['fewer values than gaps', { type: 'fill-blank', values: [''] }],
			['more values than gaps', { type: 'fill-blank', values: ['', '', ''] }],
			['a value not text', { type: 'fill-blank', values: ['', null] }]
		]
	},
	{
		question: shortAnswer(['Biden']),
		valid: [
			{ type: 'short-answer', value: '' },
			{ type: 'short-answer', value: 'Biden' }
		],
		invalid: [
			['another type', { type: 'fill-blank', value: 'Biden' }],
			['no value', { type: 'short-answer' }],
			['a value as a number', { type: 'short-answer', value: 2500 }],
			['a list of values', { type: 'short-answer', value: ['Biden'] }]
		]
	},
	{
		question: order(3),
		valid: [
			{ type: 'order', order: [0, 1, 2] },
			{ type: 'order', order: [2, 0, 1] }
		],
		invalid: [
			['another type', { type: 'match', order: [0, 1, 2] }],
			['order not a list', { type: 'order', order: '012' }],
			['an item missing', { type: 'order', order: [0, 1] }],
			['an item twice', { type: 'order', order: [0, 1, 1] }],
			['an item past the last', { type: 'order', order: [0, 1, 3] }],
			['an item as text', { type: 'order', order: [0, 1, '2'] }]
		]
	},
	{
		question: match(3),
		valid: [
			{ type: 'match', choices: [null, null, null] },
			{ type: 'match', choices: [2, null, 2] }
		],
		invalid: [
			['another type', { type: 'order', choices: [null, null, null] }],
			['choices not a list', { type: 'match', choices: 'x' }],
			['fewer choices than pairs', { type: 'match', choices: [null, null] }],
			['more choices than pairs', { type: 'match', choices: [null, null, null, null] }],
			['a choice as text', { type: 'match', choices: [null, '1', null] }],
			['a choice past the last', { type: 'match', choices: [null, 3, null] }]
		]
	}
];

describe('checkResponse', () => {
	it('has a case for every question type', () => {
		expect(cases.map((c) => c.question.type).sort()).toEqual([...QUESTION_TYPES].sort());
	});

	describe.each(cases)('$question.type', ({ question, valid, invalid }) => {
		it('accepts a well-formed response, and the one a quiz starts with', () => {
			for (const value of valid) expect(checkResponse(question, value)).toBe(true);
			const shown = question.type === 'order' ? [2, 0, 1] : [];
			expect(
				checkResponse(question, initialResponse(question, { id: question.id, order: shown }))
			).toBe(true);
		});

		it.each(invalid)('rejects %s', (_, value) => {
			expect(checkResponse(question, value)).toBe(false);
		});

		it('rejects what is not a response at all', () => {
			for (const value of [undefined, null, 'x', 1, [], [question.type]]) {
				expect(checkResponse(question, value)).toBe(false);
			}
		});
	});
});
