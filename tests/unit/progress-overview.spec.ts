import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';
import { FACTS_FILE, loadFacts, type ModuleFacts } from '../../src/lib/progress/module-facts';
import { factsCache, progressOverview } from '../../src/lib/progress/overview';

const ROOT = 'https://school.example/lectern/';
const facts = (slug: string, title = `Title of ${slug}`): ModuleFacts => ({
	slug,
	title,
	hasQuiz: true,
	facts: { q1: { type: 'single', skills: ['recall'] }, q2: { type: 'true-false', skills: [] } },
	terms: ['term-a', 'term-b']
});

/** A host serving the facts files of `served`; every request is noted. */
function host(served: Record<string, unknown>, offline = false) {
	const asked: string[] = [];
	vi.stubGlobal('fetch', async (url: URL) => {
		asked.push(String(url));
		if (offline) throw new TypeError('Failed to fetch');
		const slug = String(url).slice(ROOT.length).split('/')[0]!;
		return slug in served
			? new Response(JSON.stringify(served[slug]))
			: new Response('not found', { status: 404 });
	});
	return asked;
}

afterEach(() => vi.unstubAllGlobals());

async function answer(store: ProgressStore, module: string, question: string, correct: boolean) {
	await store.saveAnswer({ module, question, score: correct ? 1 : 0, correct, at: Date.now() });
}

describe('the progress overview', () => {
	it('fetches the facts of the modules the student has progress in, and of no other', async () => {
		const asked = host({ a: facts('a'), b: facts('b'), c: facts('c') });
		const store = new ProgressStore(memoryStore(), true);
		await answer(store, 'b', 'q1', true);
		await answer(store, 'b', 'q2', false);
		const overview = await progressOverview(store, [], ROOT);
		expect(asked).toEqual([`${ROOT}b/${FACTS_FILE}`]);
		expect(overview.modules.map((m) => [m.title, m.quiz?.right, m.quiz?.answered])).toEqual([
			['Title of b', 1, 2]
		]);
		expect(overview.modules[0]!.words?.fresh).toEqual(['term-a', 'term-b']);
	});

	it('lists the modules of a small library, started or not, first and in their order', async () => {
		host({ a: facts('a'), z: facts('z') });
		const store = new ProgressStore(memoryStore(), true);
		await answer(store, 'a', 'q1', true);
		const overview = await progressOverview(store, [{ slug: 'z', title: 'Zed' }], ROOT);
		expect(overview.modules.map((m) => [m.slug, m.quiz?.answered])).toEqual([
			['z', 0],
			['a', 1]
		]);
	});

	it('offline, summarises from the facts an earlier visit kept; a module never seen says why it shows no summary', async () => {
		host({ a: facts('a') });
		const store = new ProgressStore(memoryStore(), true);
		await answer(store, 'a', 'q1', false);
		await progressOverview(store, [], ROOT);
		await answer(store, 'b', 'q1', true);
		host({}, true);
		const offline = await progressOverview(store, [], ROOT);
		expect(offline.modules.map((m) => [m.slug, m.quiz?.missed, m.missing])).toEqual([
			['a', ['q1'], undefined],
			['b', undefined, 'offline']
		]);
	});

	it('says a module removed from the library is gone, and keeps its answers', async () => {
		host({});
		const store = new ProgressStore(memoryStore(), true);
		await answer(store, 'old', 'q1', true);
		const overview = await progressOverview(store, [], ROOT);
		expect(overview.modules).toEqual([
			{ slug: 'old', title: 'old', hasQuiz: false, terms: 0, missing: 'gone' }
		]);
		expect(await store.answers('old')).toHaveLength(1);
	});
});

describe('module facts', () => {
	it('are checked: a file of another shape is not used, and a good cached copy is', async () => {
		const store = new ProgressStore(memoryStore(), true);
		const cache = factsCache(store);
		await cache.write({ a: facts('a', 'Kept title') });
		host({ a: { ...facts('a'), facts: { q1: { type: 'essay', skills: [] } } } });
		expect((await loadFacts(['a'], ROOT, cache)).get('a')).toMatchObject({ title: 'Kept title' });
		host({ a: { slug: 'not-a' } });
		expect((await loadFacts(['a'], ROOT, cache)).get('a')).toMatchObject({ title: 'Kept title' });
	});

	it('are written to the cache only when they change, and others cached stay', async () => {
		const store = new ProgressStore(memoryStore(), true);
		const cache = factsCache(store);
		const write = vi.spyOn(cache, 'write');
		host({ a: facts('a'), b: facts('b') });
		await loadFacts(['a', 'b'], ROOT, cache);
		await loadFacts(['a'], ROOT, cache);
		expect(write).toHaveBeenCalledTimes(1);
		host({ a: facts('a', 'A new title') });
		await loadFacts(['a'], ROOT, cache);
		expect(write).toHaveBeenCalledTimes(2);
		expect(Object.keys(await cache.read()).sort()).toEqual(['a', 'b']);
	});
});
