import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressStore } from '../../src/lib/progress/store';
import { memoryStore } from '../../src/lib/progress/kv';
import {
	FACTS_FILE,
	loadFacts,
	shardOf,
	shardPath,
	type FactsShard,
	type ModuleFacts
} from '../../src/lib/progress/module-facts';
import { factsCache, progressOverview } from '../../src/lib/progress/overview';

const ROOT = 'https://school.example/lectern/';
/** Each module's own file only (no shards). */
const OWN = { root: ROOT, shards: [] };
const facts = (slug: string, title = `Title of ${slug}`): ModuleFacts => ({
	slug,
	title,
	hasQuiz: true,
	facts: { q1: { type: 'single', skills: ['recall'] }, q2: { type: 'true-false', skills: [] } },
	terms: ['term-a', 'term-b']
});

/**
 * A host serving the facts files of `served`, and `shards` (by path) if given; every request is
 * noted.
 */
function host(
	served: Record<string, unknown>,
	offline = false,
	shards: Record<string, FactsShard> = {}
) {
	const asked: string[] = [];
	vi.stubGlobal('fetch', async (url: URL) => {
		const path = String(url).slice(ROOT.length);
		asked.push(path);
		if (offline) throw new TypeError('Failed to fetch');
		if (path in shards) return new Response(JSON.stringify(shards[path]));
		const slug = path.split('/')[0]!;
		return path === `${slug}/${FACTS_FILE}` && slug in served
			? new Response(JSON.stringify(served[slug]))
			: new Response('not found', { status: 404 });
	});
	return asked;
}

/** The library's facts in `count` shards, as the build writes them, with the page's revisions. */
function library(modules: ModuleFacts[], count: number, version = 'v1') {
	const files: Record<string, FactsShard> = {};
	for (let n = 0; n < count; n++)
		files[shardPath(n)] = {
			rev: `${version}-${n}`,
			modules: Object.fromEntries(
				modules.filter((m) => shardOf(m.slug, count) === n).map((m) => [m.slug, m])
			)
		};
	const shards = Object.values(files).map((shard) => shard.rev);
	return { files, place: { root: ROOT, shards } };
}

afterEach(() => vi.unstubAllGlobals());

async function answer(
	store: ProgressStore,
	module: string,
	question: string,
	correct: boolean,
	at = Date.now()
) {
	await store.saveAnswer({ module, question, score: correct ? 1 : 0, correct, at });
}

describe('the progress overview', () => {
	it('fetches the facts of the modules the student has progress in, and of no other', async () => {
		const asked = host({ a: facts('a'), b: facts('b'), c: facts('c') });
		const store = new ProgressStore(memoryStore(), true);
		await answer(store, 'b', 'q1', true);
		await answer(store, 'b', 'q2', false);
		const overview = await progressOverview(store, [], OWN);
		expect(asked).toEqual([`b/${FACTS_FILE}`]);
		expect(overview.modules.map((m) => [m.title, m.quiz?.right, m.quiz?.answered])).toEqual([
			['Title of b', 1, 2]
		]);
		expect(overview.modules[0]!.words?.fresh).toEqual(['term-a', 'term-b']);
	});

	it('lists the modules of a small library, started or not, first and in their order', async () => {
		host({ a: facts('a'), z: facts('z') });
		const store = new ProgressStore(memoryStore(), true);
		await answer(store, 'a', 'q1', true);
		const overview = await progressOverview(store, [{ slug: 'z', title: 'Zed' }], OWN);
		expect(overview.modules.map((m) => [m.slug, m.quiz?.answered])).toEqual([
			['z', 0],
			['a', 1]
		]);
	});

	it('offline, summarises from the facts an earlier visit kept; a module never seen says why it shows no summary', async () => {
		host({ a: facts('a') });
		const store = new ProgressStore(memoryStore(), true);
		// A minute apart: in the same millisecond, the order would fall to the slugs.
		await answer(store, 'a', 'q1', false, Date.now() - 60_000);
		await progressOverview(store, [], OWN);
		await answer(store, 'b', 'q1', true);
		host({}, true);
		const offline = await progressOverview(store, [], OWN);
		// b was answered last, so it leads.
		expect(offline.modules.map((m) => [m.slug, m.quiz?.missed, m.missing])).toEqual([
			['b', undefined, 'offline'],
			['a', ['q1'], undefined]
		]);
	});

	it('lists the modules started, the latest studied first', async () => {
		host({ a: facts('a'), b: facts('b'), c: facts('c'), z: facts('z') });
		const store = new ProgressStore(memoryStore(), true);
		const at = (minutes: number) => Date.now() - minutes * 60_000;
		await store.saveAnswer({ module: 'a', question: 'q1', score: 1, correct: true, at: at(30) });
		await store.saveAnswer({ module: 'b', question: 'q1', score: 1, correct: true, at: at(50) });
		await store.saveAnswer({ module: 'c', question: 'q1', score: 1, correct: true, at: at(90) });
		await store.saveAnswer({ module: 'c', question: 'q2', score: 1, correct: true, at: at(10) });
		const overview = await progressOverview(store, [{ slug: 'z', title: 'Zed' }], OWN);
		expect(overview.modules.map((m) => m.slug)).toEqual(['z', 'c', 'a', 'b']);
	});

	it('says a module removed from the library is gone, and keeps its answers', async () => {
		host({});
		const store = new ProgressStore(memoryStore(), true);
		await answer(store, 'old', 'q1', true);
		const overview = await progressOverview(store, [], OWN);
		expect(overview.modules).toEqual([
			{ slug: 'old', title: 'old', hasQuiz: false, terms: 0, missing: 'gone' }
		]);
		expect(await store.answers('old')).toHaveLength(1);
	});
});

describe('the progress overview in a library of shards', () => {
	const modules = Array.from({ length: 40 }, (_, i) => facts(`m${i}`));
	const started = ['m3', 'm17', 'm18', 'm29'];

	async function student() {
		const store = new ProgressStore(memoryStore(), true);
		for (const slug of started) await answer(store, slug, 'q1', true);
		return store;
	}

	it('fetches once each shard that holds a module with progress, and no module file', async () => {
		const { files, place } = library(modules, 8);
		const asked = host({}, false, files);
		const overview = await progressOverview(await student(), [], place);
		const wanted = [...new Set(started.map((slug) => shardPath(shardOf(slug, 8))))];
		expect(asked.sort()).toEqual(wanted.sort());
		expect(wanted.length).toBeLessThan(started.length + 1);
		expect(overview.modules.map((m) => [m.slug, m.title, m.quiz?.right]).sort()).toEqual(
			[...started].sort().map((slug) => [slug, `Title of ${slug}`, 1])
		);
	});

	it('a second visit shows from the cache without a request; a changed shard alone is fetched again', async () => {
		const store = await student();
		const first = library(modules, 8);
		host({}, false, first.files);
		await progressOverview(store, [], first.place);
		expect(host({}, false, first.files)).toEqual([]);
		const again = await progressOverview(store, [], first.place);
		expect(again.modules.map((m) => m.title)).toContain('Title of m17');

		// A new deploy renames m17: only its shard has a new revision.
		const renamed = modules.map((m) => (m.slug === 'm17' ? facts('m17', 'Renamed') : m));
		const second = library(renamed, 8, 'v2');
		const changed = shardOf('m17', 8);
		const place = {
			root: ROOT,
			shards: first.place.shards.map((rev, n) => (n === changed ? second.place.shards[n]! : rev))
		};
		const asked = host({}, false, { [shardPath(changed)]: second.files[shardPath(changed)]! });
		const updated = await progressOverview(store, [], place);
		expect(asked).toEqual([shardPath(changed)]);
		expect(updated.modules.find((m) => m.slug === 'm17')?.title).toBe('Renamed');
	});

	it('a module its up-to-date shard no longer lists is gone, under its last title, and its answers stay', async () => {
		const store = await student();
		const first = library(modules, 8);
		host({}, false, first.files);
		await progressOverview(store, [], first.place);
		const second = library(
			modules.filter((m) => m.slug !== 'm18'),
			8,
			'v2'
		);
		host({}, false, second.files);
		const overview = await progressOverview(store, [], second.place);
		expect(overview.modules.find((m) => m.slug === 'm18')).toEqual({
			slug: 'm18',
			title: 'Title of m18',
			hasQuiz: false,
			terms: 0,
			missing: 'gone'
		});
		expect(await store.answers('m18')).toHaveLength(1);
		// Offline too it is gone, not summarised from what was cached.
		host({}, true);
		const offline = await progressOverview(store, [], second.place);
		expect(offline.modules.find((m) => m.slug === 'm18')?.missing).toBe('gone');
	});

	it('a shard of another deploy (not found) sends the page to each module’s own file', async () => {
		const store = await student();
		const { place } = library(modules, 8);
		const own = Object.fromEntries(modules.map((m) => [m.slug, m]));
		const asked = host(own, false, {});
		const overview = await progressOverview(store, [], place);
		expect(asked.filter((path) => path.endsWith(FACTS_FILE)).sort()).toEqual(
			started.map((slug) => `${slug}/${FACTS_FILE}`).sort()
		);
		expect(overview.modules.every((m) => !m.missing)).toBe(true);
	});

	it('offline, shows what was cached even from older shards; a module never seen says why', async () => {
		const store = await student();
		const first = library(modules, 8);
		host({}, false, first.files);
		await progressOverview(store, [], first.place);
		await answer(store, 'm30', 'q1', false);
		host({}, true);
		const offline = await progressOverview(store, [], library(modules, 8, 'v2').place);
		expect(offline.modules.map((m) => [m.slug, m.missing]).sort()).toEqual([
			...[...started].sort().map((slug) => [slug, undefined]),
			['m30', 'offline']
		]);
	});
});

describe('module facts', () => {
	it('are checked: a file of another shape is not used, and a good cached copy is', async () => {
		const store = new ProgressStore(memoryStore(), true);
		const cache = factsCache(store);
		await cache.write({ a: facts('a', 'Kept title') });
		host({ a: { ...facts('a'), facts: { q1: { type: 'essay', skills: [] } } } });
		expect((await loadFacts(['a'], OWN, cache)).get('a')).toMatchObject({ title: 'Kept title' });
		host({ a: { slug: 'not-a' } });
		expect((await loadFacts(['a'], OWN, cache)).get('a')).toMatchObject({ title: 'Kept title' });
	});

	it('are written to the cache only when they change, and others cached stay', async () => {
		const store = new ProgressStore(memoryStore(), true);
		const cache = factsCache(store);
		const write = vi.spyOn(cache, 'write');
		host({ a: facts('a'), b: facts('b') });
		await loadFacts(['a', 'b'], OWN, cache);
		await loadFacts(['a'], OWN, cache);
		expect(write).toHaveBeenCalledTimes(1);
		host({ a: facts('a', 'A new title') });
		await loadFacts(['a'], OWN, cache);
		expect(write).toHaveBeenCalledTimes(2);
		expect(Object.keys(await cache.read()).sort()).toEqual(['a', 'b']);
	});
});
