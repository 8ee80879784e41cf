import { describe, expect, it } from 'vitest';
import {
	formatPoints,
	hasAnswer,
	initialResponse,
	moveItem,
	totals,
	uncheckedAnswers
} from '../../src/lib/quiz/session';
import { fillBlank, match, order, trueFalse } from './questions';

describe('session', () => {
	it('starts an order answer in the shown order and others empty', () => {
		const o = order(3);
		expect(initialResponse(o, { id: o.id, order: [2, 0, 1] })).toEqual({
			type: 'order',
			order: [2, 0, 1]
		});
		const m = match(3);
		expect(initialResponse(m, { id: m.id, order: [1, 2, 0] })).toEqual({
			type: 'match',
			choices: [null, null, null]
		});
		expect(initialResponse(fillBlank([['a'], ['b']]), { id: 'f', order: [] })).toEqual({
			type: 'fill-blank',
			values: ['', '']
		});
	});

	it('totals a quiz, counting unchecked questions as missed', () => {
		const result = totals(['a', 'b', 'c', 'd'], {
			a: { score: 1, correct: true, notes: [] },
			b: { score: 0.5, correct: false, notes: [] },
			c: { score: 0, correct: false, notes: [] }
		});
		expect(result).toEqual({
			points: 1.5,
			possible: 4,
			percent: 38,
			correct: 1,
			partial: 1,
			missed: ['b', 'c', 'd']
		});
		expect(totals([], {})).toMatchObject({ percent: 0, possible: 0 });
	});

	it('knows an answer given from one left as first shown', () => {
		const o = order(3);
		const item = { id: o.id, order: [2, 0, 1] };
		expect(hasAnswer(item, initialResponse(o, item))).toBe(false);
		expect(hasAnswer(item, { type: 'order', order: [0, 2, 1] })).toBe(true);
		const t = trueFalse(true);
		expect(hasAnswer({ id: t.id, order: [] }, { type: 'true-false', value: null })).toBe(false);
		expect(hasAnswer({ id: t.id, order: [] }, { type: 'true-false', value: true })).toBe(true);
		expect(hasAnswer({ id: 'x', order: [] }, undefined)).toBe(false);
	});

	it('lists answers picked but never checked, in quiz order', () => {
		const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, order: [] }));
		const unchecked = uncheckedAnswers(
			items,
			{
				a: { type: 'true-false', value: true },
				b: { type: 'true-false', value: false },
				c: { type: 'short-answer', value: '  ' },
				d: { type: 'single', option: 2 }
			},
			{ b: { score: 0, correct: false, notes: [] } }
		);
		expect(unchecked).toEqual(['a', 'd']);
	});

	it('shows points as a student reads them: whole, or to one decimal', () => {
		expect(formatPoints(12)).toBe('12');
		expect(formatPoints(12.25)).toBe('12.3');
		expect(formatPoints(12.5)).toBe('12.5');
		expect(formatPoints(11.96)).toBe('12');
		expect(formatPoints(0)).toBe('0');
	});

	it('moves an order item up or down, not past the ends', () => {
		expect(moveItem([0, 1, 2], 1, -1)).toEqual([1, 0, 2]);
		expect(moveItem([0, 1, 2], 1, 1)).toEqual([0, 2, 1]);
		expect(moveItem([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
		expect(moveItem([0, 1, 2], 2, 1)).toEqual([0, 1, 2]);
	});
});
