import { describe, expect, it, vi } from 'vitest';
import { QuizRun } from '../../src/lib/components/quiz/quiz-run.svelte';
import { memoryStore } from '../../src/lib/progress/kv';
import { ProgressStore } from '../../src/lib/progress/store';
import { linkKey } from '../../src/lib/progress/keys';
import { trueFalseQuiz } from './helpers';

// The device's store, in memory: keepProgress opens it through browser.ts.
const device = vi.hoisted(() => ({ store: undefined as unknown }));
vi.mock('../../src/lib/progress/browser', () => ({ openProgress: async () => device.store }));
const { keepProgress } = await import('../../src/lib/progress/keep-progress');

const { bank, quiz } = trueFalseQuiz(['a', 'b', 'c']);
const url = new URL('https://example.org/m/quiz/play/?seed=s');
const link = linkKey(url.search);

/** Waits until the writes begun have settled (they are promise chains over the memory store). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

function freshStore() {
	const store = new ProgressStore(memoryStore(), true);
	device.store = store;
	return store;
}

describe('keeping a quiz run on the device', () => {
	it('answers checked while the store was still opening are saved, and so is the quiz', async () => {
		const store = freshStore();
		const run = new QuizRun(bank, quiz);
		// A quick student on a slow phone: checked and moved on before the keeper arrived.
		run.respond('a', { type: 'true-false', value: true });
		run.check('a');
		run.go(1);
		await keepProgress(run, 'm', url, 'Quiz', () => {});
		await settled();
		expect((await store.answers('m')).map((a) => a.question)).toEqual(['a']);
		const saved = await store.loadProgress('m', link);
		expect(saved?.index).toBe(1);
		expect(Object.keys(saved?.scores ?? {})).toEqual(['a']);

		// Later changes still send only what changed, and what came before stays.
		run.respond('b', { type: 'true-false', value: true });
		run.check('b');
		await settled();
		const later = await store.loadProgress('m', link);
		expect(Object.keys(later?.scores ?? {}).sort()).toEqual(['a', 'b']);
		expect(later?.responses.a).toEqual({ type: 'true-false', value: true });
	});

	it('an early answer joins what another tab saved on the same link, rather than replacing it', async () => {
		const store = freshStore();
		const other = new QuizRun(bank, quiz);
		other.respond('c', { type: 'true-false', value: false });
		other.check('c');
		await store.saveProgress({
			module: 'm',
			link,
			title: 'Quiz',
			...other.snapshot(),
			updatedAt: 1
		});

		const run = new QuizRun(bank, quiz);
		run.respond('a', { type: 'true-false', value: true });
		run.check('a');
		await keepProgress(run, 'm', url, 'Quiz', () => {});
		await settled();
		const saved = await store.loadProgress('m', link);
		expect(Object.keys(saved?.scores ?? {}).sort()).toEqual(['a', 'c']);
	});

	it('a link opened and left untouched resumes what was saved and writes nothing new', async () => {
		const store = freshStore();
		const run = new QuizRun(bank, quiz);
		await keepProgress(run, 'm', url, 'Quiz', () => {});
		await settled();
		expect(await store.loadProgress('m', link)).toBeUndefined();

		const first = new QuizRun(bank, quiz);
		first.respond('b', { type: 'true-false', value: true });
		first.check('b');
		await store.saveProgress({
			module: 'm',
			link,
			title: 'Quiz',
			...first.snapshot(),
			updatedAt: 1
		});
		const again = new QuizRun(bank, quiz);
		await keepProgress(again, 'm', url, 'Quiz', () => {});
		expect(again.scores.b).toMatchObject({ correct: true });
	});
});
