import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/lib/bank/types';
import type { Question } from '../../src/lib/question-types/registry';
import { QuizRun } from '../../src/lib/components/quiz/quiz-run.svelte';
import type { RunKeeper } from '../../src/lib/progress/keep-progress';
import type { Score } from '../../src/lib/quiz/score';
import { questionBase } from './helpers';

const tf = (id: string, answer: boolean): Question => ({
	...questionBase(id),
	type: 'true-false',
	answer
});
const questions = [tf('a', true), tf('b', false), tf('c', true)];
const bank: Bank = { module: 'test', presets: [], questions };
const quiz = { seed: 'x', items: questions.map((q) => ({ id: q.id, order: [] })) };

/** A run that records what it would save in the progress store. */
function recorded() {
	const run = new QuizRun(bank, quiz);
	const saved: { answers: [string, Score][]; finished?: Record<string, number> } = {
		answers: []
	};
	const keeper: RunKeeper = {
		progress() {},
		answer: (id, score) => saved.answers.push([id, score]),
		finish: (r) =>
			(saved.finished = Object.fromEntries(r.ids.map((id) => [id, r.scores[id]?.score ?? 0])))
	};
	run.keeper = keeper;
	return { run, saved };
}

describe('a quiz run keeps every answer a student gives', () => {
	it('Next from an answer not checked checks it, scores it and saves it', () => {
		const { run, saved } = recorded();
		run.respond('a', { type: 'true-false', value: true });
		run.go(1);
		expect(run.scores.a).toMatchObject({ score: 1, correct: true });
		expect(saved.answers).toEqual([['a', expect.objectContaining({ correct: true })]]);
		run.go(2);
		run.finish();
		expect(run.totals).toMatchObject({ points: 1, correct: 1, missed: ['b', 'c'] });
		expect(saved.finished).toEqual({ a: 1, b: 0, c: 0 });
	});

	it('Back leaves an answer open to change; finishing still counts it', () => {
		const { run, saved } = recorded();
		run.go(1);
		run.respond('b', { type: 'true-false', value: true });
		run.go(0);
		expect(run.scores.b).toBeUndefined();
		run.respond('b', { type: 'true-false', value: false });
		run.finish();
		expect(run.scores.b).toMatchObject({ correct: true });
		expect(saved.answers.map(([id]) => id)).toEqual(['b']);
		expect(saved.finished).toEqual({ a: 0, b: 1, c: 0 });
	});

	it('a question with nothing given stays unanswered, and is not saved as an answer', () => {
		const { run, saved } = recorded();
		run.go(1);
		run.go(2);
		run.finish();
		expect(run.scores).toEqual({});
		expect(saved.answers).toEqual([]);
	});

	it('resuming a saved run at a later question checks nothing', () => {
		const { run, saved } = recorded();
		run.restore({
			index: 2,
			responses: { a: { type: 'true-false', value: false } },
			scores: {}
		});
		expect(run.index).toBe(2);
		expect(run.scores.a).toBeUndefined();
		expect(saved.answers).toEqual([]);
	});
});

describe('resuming a saved run checks each stored answer against its question', () => {
	const match: Question = {
		...questionBase('m'),
		type: 'match',
		pairs: [
			{ left: 'A', leftText: 'A', right: '1', rightText: '1' },
			{ left: 'B', leftText: 'B', right: '2', rightText: '2' }
		]
	};
	const short: Question = { ...questionBase('s'), type: 'short-answer', answers: ['Baghdad'] };
	const fill: Question = {
		...questionBase('f'),
		type: 'fill-blank',
		parts: [{ blank: 0 }],
		blanks: [['ISIS']],
		gappedText: '___'
	};
	const mixed: Bank = {
		module: 'test',
		presets: [],
		questions: [match, short, fill, tf('t', true)]
	};
	const mixedQuiz = {
		seed: 'x',
		items: [
			{ id: 'm', order: [1, 0] },
			{ id: 's', order: [] },
			{ id: 'f', order: [] },
			{ id: 't', order: [] }
		]
	};
	const right = { score: 1, correct: true, notes: [] };

	it('a wrongly shaped answer is set aside with its score; the others resume and can be shown', () => {
		const run = new QuizRun(mixed, mixedQuiz);
		const fresh = run.snapshot();
		run.restore({
			index: 3,
			responses: {
				m: { type: 'match', choices: 'x' },
				s: { type: 'short-answer', value: 5 },
				f: { type: 'fill-blank', values: 7 },
				t: { type: 'true-false', value: true }
			} as unknown as Record<string, never>,
			scores: { m: right, s: right, f: right, t: right }
		});
		for (const id of ['m', 's', 'f']) {
			expect(run.responses[id], id).toEqual(fresh.responses[id]);
			expect(run.scores[id], id).toBeUndefined();
		}
		expect(run.responses.t).toEqual({ type: 'true-false', value: true });
		expect(run.scores.t).toEqual(right);
		// Every question can be answered and finished as usual.
		run.go(0);
		run.respond('m', { type: 'match', choices: [0, 1] });
		run.finish();
		expect(run.scores.m).toMatchObject({ correct: true });
	});

	it('an answer shaped for an edited question (a pair more) is set aside too', () => {
		const run = new QuizRun(mixed, mixedQuiz);
		run.restore({
			index: 0,
			responses: { m: { type: 'match', choices: [0, 1, 2] } },
			scores: {}
		});
		expect(run.responses.m).toEqual({ type: 'match', choices: [null, null] });
	});
});
