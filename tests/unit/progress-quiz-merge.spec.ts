import { describe, expect, it } from 'vitest';
import { mergeProgress, type RunSnapshot } from '../../src/lib/progress/quiz-merge';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';
import type { Response, Score } from '../../src/lib/quiz/score';

const M = 'kadhimi-us-troops-2021';
const LINK = 'count=5&seed=two-tabs&types=true-false';
const IDS = ['q1', 'q2', 'q3', 'q4', 'q5'];
const unanswered = (): Response => ({ type: 'true-false', value: null });
const right: Score = { score: 1, correct: true, notes: [] };

/** A fresh run of the quiz: every question unanswered, as QuizRun starts it. */
const fresh = (): RunSnapshot => ({
	index: 0,
	responses: Object.fromEntries(IDS.map((id) => [id, unanswered()])),
	scores: {}
});

/** One tab's run: answering a question records its response and score, as QuizRun.check does. */
function tab(start: RunSnapshot = fresh()) {
	let state = structuredClone(start);
	return {
		get state() {
			return state;
		},
		answer(id: string) {
			state = structuredClone(state);
			state.responses[id] = { type: 'true-false', value: true };
			state.scores[id] = right;
			state.index = IDS.indexOf(id);
		}
	};
}

const record = (snapshot: RunSnapshot) => ({
	module: M,
	link: LINK,
	title: 'Quick check',
	...snapshot,
	updatedAt: 1
});

describe('merging a quiz in progress by question', () => {
	it('puts over the stored record only what this tab changed since its last save', () => {
		const a = tab();
		const base = structuredClone(a.state);
		a.answer('q3');
		const stored = { v: 2, ...record(fresh()) };
		stored.responses.q1 = { type: 'true-false', value: false };
		stored.scores.q1 = right;
		const merged = mergeProgress(stored, base, record(a.state));
		expect(merged.responses.q1).toEqual({ type: 'true-false', value: false });
		expect(merged.responses.q3).toEqual({ type: 'true-false', value: true });
		expect(Object.keys(merged.scores).sort()).toEqual(['q1', 'q3']);
		expect(merged.index).toBe(2);
	});

	it('with nothing stored (erased), keeps only the changes, not what the tab saved before', () => {
		const a = tab();
		a.answer('q1');
		const base = structuredClone(a.state);
		a.answer('q2');
		const merged = mergeProgress(undefined, base, record(a.state));
		expect(Object.keys(merged.scores)).toEqual(['q2']);
		expect(Object.keys(merged.responses)).toEqual(['q2']);
	});

	it('without a base, is the record as given', () => {
		const next = record(fresh());
		expect(mergeProgress(undefined, undefined, next)).toBe(next);
	});
});

describe('two tabs on one quiz link', () => {
	it('resume with the answers of both: A answered 1, 3 and 5, B 2 and 4', async () => {
		const kv = memoryStore();
		const stores = { a: new ProgressStore(kv, true), b: new ProgressStore(kv, true) };
		const runs = { a: tab(), b: tab() };
		const saved = { a: structuredClone(runs.a.state), b: structuredClone(runs.b.state) };
		const answer = async (who: 'a' | 'b', id: string) => {
			runs[who].answer(id);
			const snapshot = structuredClone(runs[who].state);
			expect(await stores[who].saveProgress(record(snapshot), saved[who])).toEqual({ ok: true });
			saved[who] = snapshot;
		};
		for (const [who, id] of [
			['a', 'q1'],
			['b', 'q2'],
			['a', 'q3'],
			['b', 'q4'],
			['a', 'q5']
		] as const)
			await answer(who, id);
		const resumed = await new ProgressStore(kv, true).loadProgress(M, LINK);
		expect(Object.keys(resumed!.scores).sort()).toEqual(IDS);
		expect(IDS.map((id) => resumed!.responses[id])).toEqual(
			IDS.map(() => ({ type: 'true-false', value: true }))
		);
	});
});
