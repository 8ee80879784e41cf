import { QUESTION_TYPES, SKILLS } from '../bank/vocabulary';
import type { QuestionFacts } from './summary';

/**
 * What the progress page needs to know of one module. The library's are in a few shard files
 * (`progress/facts-<n>.json`, about FACTS_PER_SHARD modules each, a module's shard chosen by a
 * hash of its slug): the page fetches only the shards of the modules the student has progress
 * in, and nothing when its cache is up to date. Each module also has its own `<slug>/FACTS_FILE`,
 * kept offline with it, read when its shard cannot be had.
 */
export interface ModuleFacts {
	slug: string;
	title: string;
	hasQuiz: boolean;
	/** Question id → its type and skills (summary.ts). */
	facts: Record<string, QuestionFacts>;
	/** The glossary's term ids, in glossary order. */
	terms: string[];
}

/** Written by `src/routes/[slug]/progress-v1.json/`; a change of shape gets a new name. */
export const FACTS_FILE = 'progress-v1.json';

/** Modules a shard holds on average: a few requests for many modules, little for a few. */
export const FACTS_PER_SHARD = 32;

/** How many shards a library of `modules` modules has. */
export const shardCount = (modules: number) => Math.max(1, Math.ceil(modules / FACTS_PER_SHARD));

/**
 * The shard a module's facts are in: FNV-1a of its slug, so adding a module changes one shard
 * (until the count grows) and the page finds it without a list of every module.
 */
export function shardOf(slug: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % shards;
}

/** The address of shard `n` under the site's root. */
export const shardPath = (n: number) => `progress/facts-${n}.json`;

/** A shard file: its revision (a hash of `modules`) and the facts of its modules by slug. */
export interface FactsShard {
	rev: string;
	modules: Record<string, ModuleFacts>;
}

/**
 * Where the facts are: the site's address (with its base path and a final slash) and each
 * shard's revision, from the progress page's own data; no shards: each module's own file.
 */
export interface FactsPlace {
	root: string;
	shards: readonly string[];
}

/** Why a module's facts could not be had: removed from the library, or not reachable offline. */
export type FactsMissing = 'gone' | 'offline';

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A fetched or cached file, checked before it is used (a host or a cache can serve anything). */
export function isModuleFacts(value: unknown, slug: string): value is ModuleFacts {
	return (
		isObject(value) &&
		value.slug === slug &&
		typeof value.title === 'string' &&
		typeof value.hasQuiz === 'boolean' &&
		isStrings(value.terms) &&
		isObject(value.facts) &&
		Object.values(value.facts).every(
			(fact) =>
				isObject(fact) &&
				(QUESTION_TYPES as readonly unknown[]).includes(fact.type) &&
				isStrings(fact.skills) &&
				fact.skills.every((skill) => (SKILLS as readonly string[]).includes(skill))
		)
	);
}

/**
 * A module's facts as cached: `rev` is the revision of the shard they came from, if they did;
 * `gone`, that the library no longer has the module (its title is still shown).
 */
type CachedFacts = ModuleFacts & { rev?: string; gone?: boolean };

/** Where facts are kept between visits, so the page shows at once and works offline. */
export interface FactsCache {
	read(): Promise<Record<string, unknown>>;
	write(facts: Record<string, CachedFacts>): Promise<void>;
}

/** A module whose facts could not be had: why, and its title if an earlier visit knew it. */
export interface MissingFacts {
	missing: FactsMissing;
	title?: string;
}

/** A fetched shard, checked; undefined when it cannot be had (offline, another deploy's shard). */
async function fetchShard(n: number, root: string): Promise<FactsShard | undefined> {
	try {
		const response = await fetch(new URL(shardPath(n), root));
		const shard: unknown = response.ok ? await response.json() : undefined;
		if (
			!isObject(shard) ||
			typeof shard.rev !== 'string' ||
			!isObject(shard.modules) ||
			!Object.entries(shard.modules).every(([slug, facts]) => isModuleFacts(facts, slug))
		)
			return undefined;
		return shard as unknown as FactsShard;
	} catch {
		return undefined;
	}
}

/** A module's own facts file: its facts, or why not. */
async function fetchModule(slug: string, root: string): Promise<ModuleFacts | FactsMissing> {
	try {
		const response = await fetch(new URL(`${slug}/${FACTS_FILE}`, root));
		if (response.status === 404) return 'gone';
		const facts: unknown = response.ok ? await response.json() : undefined;
		return isModuleFacts(facts, slug) ? facts : 'offline';
	} catch {
		return 'offline';
	}
}

/**
 * Each module's facts: from the cache when its shard has not changed since (no request at all),
 * else from the shards that hold the others (one request a shard, in parallel), else from the
 * module's own file (the service worker answers for a kept module), else from what an earlier
 * visit cached. A module that its own deploy's shard does not list is gone from the library.
 */
export async function loadFacts(
	slugs: readonly string[],
	{ root, shards }: FactsPlace,
	cache: FactsCache
): Promise<Map<string, ModuleFacts | MissingFacts>> {
	const cached = await cache.read().catch(() => ({}) as Record<string, unknown>);
	const before = (slug: string) => {
		const old = cached[slug];
		return isModuleFacts(old, slug) ? (old as CachedFacts) : undefined;
	};
	const shardNo = (slug: string) => shardOf(slug, shards.length);
	const now: Record<string, CachedFacts> = {};
	const stale = slugs.filter((slug) => {
		const old = before(slug);
		if (old && !old.gone && shards.length && old.rev === shards[shardNo(slug)]) now[slug] = old;
		return !now[slug];
	});

	const wanted = shards.length ? [...new Set(stale.map(shardNo))] : [];
	const fetched = new Map(
		await Promise.all(wanted.map(async (n) => [n, await fetchShard(n, root)] as const))
	);
	const alone: string[] = [];
	const gone = (slug: string) => {
		const old = before(slug);
		if (old) now[slug] = { ...old, gone: true };
		return { missing: 'gone', title: old?.title } as const;
	};
	const missing = new Map<string, MissingFacts>();
	for (const slug of stale) {
		const shard = shards.length ? fetched.get(shardNo(slug)) : undefined;
		const facts = shard?.modules[slug];
		if (facts) now[slug] = { ...facts, rev: shard.rev };
		// Its own deploy's shard does not list it: it is not in the library.
		else if (shard && shard.rev === shards[shardNo(slug)]) missing.set(slug, gone(slug));
		else alone.push(slug);
	}
	const own = await Promise.all(alone.map((slug) => fetchModule(slug, root)));
	for (const [i, slug] of alone.entries()) {
		const facts = own[i]!;
		const old = before(slug);
		if (typeof facts === 'object') now[slug] = facts;
		else if (facts === 'gone' || old?.gone) missing.set(slug, gone(slug));
		else if (old) now[slug] = old;
		else missing.set(slug, { missing: 'offline' });
	}

	// Facts of modules not asked for this time stay cached.
	const next: Record<string, CachedFacts> = {};
	for (const slug of Object.keys(cached)) {
		const old = before(slug);
		if (old) next[slug] = old;
	}
	Object.assign(next, now);
	if (JSON.stringify(next) !== JSON.stringify(cached)) await cache.write(next).catch(() => {});
	return new Map(
		slugs.map((slug) => {
			const facts = now[slug];
			return [slug, facts && !facts.gone ? facts : missing.get(slug)!];
		})
	);
}
