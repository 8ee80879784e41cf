import { describe, expect, it } from 'vitest';
import {
	checkValue,
	clockTime,
	fitString,
	genericElement,
	timespan
} from '../../src/lib/lms/data-model';
import { decodeSuspend, encodeSuspend, type SuspendState } from '../../src/lib/lms/suspend';

describe('SCORM 1.2 data-model limits', () => {
	it('names array elements generically', () => {
		expect(genericElement('cmi.interactions.12.correct_responses.0.pattern')).toBe(
			'cmi.interactions.n.correct_responses.n.pattern'
		);
	});

	it('takes what SCORM 1.2 allows', () => {
		for (const [element, value] of [
			['cmi.core.lesson_status', 'incomplete'],
			['cmi.core.lesson_status', 'passed'],
			['cmi.core.exit', 'suspend'],
			['cmi.core.exit', ''],
			['cmi.core.score.raw', '87.5'],
			['cmi.core.score.raw', '0'],
			['cmi.core.score.max', '100'],
			['cmi.core.session_time', '0001:02:03.45'],
			['cmi.core.session_time', '12:00:00'],
			['cmi.suspend_data', 'x'.repeat(4096)],
			['cmi.interactions.0.id', 'troop-level_2'],
			['cmi.interactions.3.type', 'sequencing'],
			['cmi.interactions.3.result', 'wrong'],
			['cmi.interactions.3.result', '0.5'],
			['cmi.interactions.3.weighting', '1'],
			['cmi.interactions.3.latency', '0000:00:12.30'],
			['cmi.interactions.3.time', '23:59:59'],
			['cmi.interactions.3.student_response', 'x'.repeat(255)]
		])
			expect(checkValue(element!, value!), `${element} = ${value}`).toBeUndefined();
	});

	it('refuses what SCORM 1.2 does not, saying why', () => {
		expect(checkValue('cmi.core.lesson_status', 'not attempted')).toMatch(/must be one of/);
		expect(checkValue('cmi.core.lesson_status', 'Passed')).toMatch(/must be one of/);
		expect(checkValue('cmi.core.exit', 'normal')).toMatch(/must be one of/);
		expect(checkValue('cmi.core.score.raw', '101')).toMatch(/between 0 and 100/);
		expect(checkValue('cmi.core.score.raw', '-1')).toMatch(/between 0 and 100/);
		expect(checkValue('cmi.core.score.raw', 'ten')).toMatch(/decimal/);
		expect(checkValue('cmi.core.session_time', '1:2:3')).toMatch(/HHHH:MM:SS/);
		expect(checkValue('cmi.core.session_time', 'PT1M')).toMatch(/HHHH:MM:SS/);
		expect(checkValue('cmi.suspend_data', 'x'.repeat(4097))).toMatch(
			/4097 characters, over the 4096/
		);
		expect(checkValue('cmi.interactions.0.id', 'has space')).toMatch(/letters, digits/);
		expect(checkValue('cmi.interactions.0.id', '')).toMatch(/letters, digits/);
		expect(checkValue('cmi.interactions.0.id', 'x'.repeat(256))).toMatch(/1 to 255/);
		expect(checkValue('cmi.interactions.0.type', 'multiple')).toMatch(/must be one of/);
		expect(checkValue('cmi.interactions.0.result', 'partly')).toMatch(/must be one of/);
		expect(checkValue('cmi.interactions.0.time', '24:00:00')).toMatch(/HH:MM:SS/);
		expect(checkValue('cmi.interactions.0.student_response', 'x'.repeat(256))).toMatch(
			/over the 255/
		);
		expect(checkValue('cmi.core.student_id', 'x')).toMatch(/not an element this module writes/);
	});

	it('checks a response against the format of its interaction type', () => {
		const response = 'cmi.interactions.0.student_response';
		expect(checkValue(response, 't', 'true-false')).toBeUndefined();
		expect(checkValue(response, 'true', 'true-false')).toMatch(/t or f/);
		expect(checkValue(response, 'a,c', 'choice')).toBeUndefined();
		expect(checkValue(response, 'ac', 'choice')).toMatch(/single letters/);
		expect(checkValue(response, 'c,a,b', 'sequencing')).toBeUndefined();
		expect(checkValue(response, 'a.b,b.a', 'matching')).toBeUndefined();
		expect(checkValue(response, 'a-b', 'matching')).toMatch(/pairs/);
		expect(checkValue(response, 'anything, at all', 'fill-in')).toBeUndefined();
		// An unanswered question.
		expect(checkValue(response, '', 'choice')).toBeUndefined();
	});

	it('writes time spans as HHHH:MM:SS.SS and clock times as HH:MM:SS', () => {
		expect(timespan(0)).toBe('0000:00:00.00');
		expect(timespan(61_234)).toBe('0000:01:01.23');
		expect(timespan(3_600_000 * 26 + 59_990)).toBe('0026:00:59.99');
		expect(timespan(3_600_000 * 20_000)).toBe('9999:59:59.99');
		expect(timespan(-5)).toBe('0000:00:00.00');
		for (const ms of [0, 999, 61_234, 3_600_000 * 26])
			expect(checkValue('cmi.core.session_time', timespan(ms))).toBeUndefined();
		expect(clockTime(new Date(2026, 0, 2, 9, 5, 7))).toBe('09:05:07');
	});

	it('cuts long text to 255 characters, marking the cut', () => {
		expect(fitString('short')).toBe('short');
		const cut = fitString('x'.repeat(300));
		expect(cut).toHaveLength(255);
		expect(cut.endsWith('…')).toBe(true);
	});
});

describe('suspend data', () => {
	const state: SuspendState = {
		preset: 'full',
		seed: 'k3f9',
		index: 2,
		responses: {
			a: { type: 'single', option: 1 },
			b: { type: 'short-answer', value: 'Baghdad' }
		},
		checked: ['a'],
		credit: {},
		between: {},
		finished: false
	};

	it('round-trips where the student is', () => {
		const { data, complete } = encodeSuspend(state);
		expect(complete).toBe(true);
		expect(decodeSuspend(data)).toEqual(state);
	});

	it('stays within 4,096 characters, dropping unchecked answers first', () => {
		const long = {
			...state,
			responses: {
				...state.responses,
				b: { type: 'short-answer' as const, value: 'y'.repeat(5000) }
			}
		};
		const { data, complete } = encodeSuspend(long);
		expect(data.length).toBeLessThanOrEqual(4096);
		expect(complete).toBe(false);
		const back = decodeSuspend(data)!;
		expect(back.responses).toEqual({ a: state.responses.a });
		expect(back.index).toBe(2);
		expect(back.seed).toBe('k3f9');

		const huge = { ...long, checked: ['a', 'b'] };
		const last = encodeSuspend(huge);
		expect(last.data.length).toBeLessThanOrEqual(4096);
		expect(decodeSuspend(last.data)).toMatchObject({ index: 2, seed: 'k3f9', responses: {} });
	});

	it('keeps the credit of answers that took tries or hints, and tries used between tries', () => {
		const tried: SuspendState = {
			...state,
			checked: ['a'],
			credit: { a: { score: 0.5, tries: 2, hints: 1 } },
			between: { b: { used: 1, best: 0.25, hints: 0 } }
		};
		expect(decodeSuspend(encodeSuspend(tried).data)).toEqual(tried);
		// Version 1 data (a package built before) still resumes, rescoring what was checked.
		const v1 = JSON.stringify({ v: 1, p: 'full', s: 'k3f9', i: 2, r: state.responses, c: ['a'] });
		expect(decodeSuspend(v1)).toEqual(state);
		// Credit over the point or negative tries are not taken as they are.
		const odd = JSON.stringify({
			v: 2,
			p: 'full',
			s: 'k3f9',
			i: 0,
			r: {},
			c: ['a'],
			k: { a: [7, 2, 0], b: [1, -1, 0] },
			b: { c: 'x' }
		});
		expect(decodeSuspend(odd)).toMatchObject({
			credit: { a: { score: 1, tries: 2 } },
			between: {}
		});
	});

	it('ignores suspend data it did not write', () => {
		for (const data of ['', 'not json', '{"v":2}', '{"v":3}', '[1,2]', '{"v":1,"p":"x"}'])
			expect(decodeSuspend(data)).toBeUndefined();
		const odd = JSON.stringify({
			v: 1,
			p: 'full',
			s: 'x',
			i: 0,
			r: { a: { type: 'nope' } },
			c: []
		});
		expect(decodeSuspend(odd)?.responses).toEqual({});
	});
});
