import { QUESTION_TYPES, SKILLS } from '../bank/vocabulary';
import type { QuestionFacts } from './summary';

/**
 * What the progress page needs to know of one module, in `<slug>/FACTS_FILE` (one small file a
 * module, kept offline with it): fetched only for the modules the student has progress in, so the
 * page's own data stays the same size however large the library.
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

/** Where facts are kept between visits, so the page works offline for a module not kept. */
export interface FactsCache {
	read(): Promise<Record<string, unknown>>;
	write(facts: Record<string, ModuleFacts>): Promise<void>;
}

/**
 * Each module's facts, from its file (the service worker answers for a kept module), else from
 * what an earlier visit cached. `root`: the site's address with its base path and a final slash.
 */
export async function loadFacts(
	slugs: readonly string[],
	root: string,
	cache: FactsCache
): Promise<Map<string, ModuleFacts | FactsMissing>> {
	const [cached, fetched] = await Promise.all([
		cache.read().catch(() => ({}) as Record<string, unknown>),
		Promise.all(
			slugs.map(async (slug): Promise<ModuleFacts | FactsMissing> => {
				try {
					const response = await fetch(new URL(`${slug}/${FACTS_FILE}`, root));
					if (response.status === 404) return 'gone';
					const facts: unknown = response.ok ? await response.json() : undefined;
					return isModuleFacts(facts, slug) ? facts : 'offline';
				} catch {
					return 'offline';
				}
			})
		)
	]);
	const found = new Map<string, ModuleFacts | FactsMissing>();
	const keep: Record<string, ModuleFacts> = {};
	let changed = false;
	for (const [i, slug] of slugs.entries()) {
		const old = cached[slug];
		const fresh = fetched[i]!;
		if (typeof fresh === 'object') {
			keep[slug] = fresh;
			changed ||= JSON.stringify(old) !== JSON.stringify(fresh);
		} else if (fresh === 'offline' && isModuleFacts(old, slug)) keep[slug] = old;
		else changed ||= old !== undefined;
		found.set(slug, keep[slug] ?? fresh);
	}
	// Facts of modules not asked for this time stay cached.
	const asked = new Set(slugs);
	for (const [slug, old] of Object.entries(cached))
		if (!asked.has(slug) && isModuleFacts(old, slug)) keep[slug] = old;
	if (changed) await cache.write(keep).catch(() => {});
	return found;
}
