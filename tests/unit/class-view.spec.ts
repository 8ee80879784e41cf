import { describe, expect, it } from 'vitest';
import {
	classView,
	formatCredit,
	formatDuration,
	questionIndex
} from '../../src/lib/analysis/view';
import type { QuestionInfo, Received } from '../../src/lib/analysis/types';

const q = (id: string, number: number): QuestionInfo => ({
	module: 'm',
	id,
	number,
	type: 'short-answer',
	text: id,
	hash: id,
	file: 'questions/m.yaml',
	line: number
});
const QUESTIONS = questionIndex([{ questions: [q('a', 1), q('b', 2)] }]);
const received = (name: string, credits: number[], link = 'seed=1'): Received => ({
	key: name + link,
	text: '',
	addedAt: 0,
	handIn: {
		format: 1,
		module: 'm',
		version: 'v',
		link,
		title: 'Quiz',
		name,
		startedAt: null,
		finishedAt: 1,
		answers: credits.map((credit, i) => ({
			id: 'ab'[i]!,
			hash: 'ab'[i]!,
			response: null,
			credit,
			at: 30 * (i + 1)
		}))
	}
});
const CLASS = [received('ben', [1, 0]), received('Ana', [0, 0]), received('Cy', [1, 1], 'seed=2')];

describe('class view', () => {
	it('sorts by name, score or a question, and filters by quiz link', () => {
		const names = (key: string, descending = false, link = '') =>
			classView(CLASS, QUESTIONS, link, { key, descending }).rows.map((r) => r.name);
		expect(names('name')).toEqual(['Ana', 'ben', 'Cy']);
		expect(names('percent', true)).toEqual(['Cy', 'ben', 'Ana']);
		expect(names('m/a')).toEqual(['Ana', 'ben', 'Cy']);
		expect(names('name', false, 'm?seed=1')).toEqual(['Ana', 'ben']);
		const view = classView(CLASS, QUESTIONS, 'm?seed=2', { key: 'name', descending: false });
		expect([view.counted, view.columns, view.items.map((i) => i.facility)]).toEqual([
			1,
			['m/a', 'm/b'],
			[1, 1]
		]);
	});

	it('writes times and credit as a teacher reads them', () => {
		expect([formatDuration(null), formatDuration(65), formatDuration(3725)]).toEqual([
			'–',
			'1:05',
			'1:02:05'
		]);
		expect([formatCredit(1), formatCredit(0.5), formatCredit(1 / 3)]).toEqual(['1', '0.5', '0.33']);
	});
});
