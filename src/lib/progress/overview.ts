import { FACTS_CACHE_KEY, moduleOfKey } from './keys';
import { loadFacts, type FactsCache, type FactsMissing, type ModuleFacts } from './module-facts';
import type { ProgressStore } from './store';
import { summarise, type ModuleProgress } from './summary';
import { wordStatus, type WordStatus } from './words';

/** A module as the progress page lists it. */
export interface ModuleOverview {
	slug: string;
	/** The module's title; its slug when its facts could not be had. */
	title: string;
	hasQuiz: boolean;
	/** How many glossary terms it has. */
	terms: number;
	quiz?: ModuleProgress;
	words?: WordStatus;
	/** Why nothing but the title is shown: removed from the library, or not reachable offline. */
	missing?: FactsMissing;
}

/** Everything the progress page shows of the store: small enough to post from a worker. */
export interface Overview {
	modules: ModuleOverview[];
	damaged: number;
	newer: number;
}

/** A module listed whether or not the student has started it (a small library lists them all). */
export interface ListedModule {
	slug: string;
	title: string;
}

/** The progress page's cache of module facts in the store (never backed up: it is under `cache:`). */
export function factsCache(store: ProgressStore): FactsCache {
	return {
		read: async () => {
			const stored = await store.kv.get(FACTS_CACHE_KEY);
			return typeof stored === 'object' && stored ? (stored as Record<string, unknown>) : {};
		},
		write: (facts) => store.kv.set(FACTS_CACHE_KEY, facts)
	};
}

/** The modules anything is stored for (answers, quizzes, ratings, a reading place), from the keys. */
export async function modulesWithRecords(store: ProgressStore): Promise<Set<string>> {
	const modules = new Set<string>();
	for (const key of await store.keys()) {
		const module = moduleOfKey(key);
		if (module) modules.add(module);
	}
	return modules;
}

/**
 * Reads and summarises what the progress page shows: the listed modules and every module with
 * records, each summarised against its facts (fetched for those modules only). `root`: the
 * site's address with its base path and a final slash.
 */
export async function progressOverview(
	store: ProgressStore,
	listed: readonly ListedModule[],
	root: string,
	now = new Date()
): Promise<Overview> {
	const started = await modulesWithRecords(store);
	const slugs = [...new Set([...listed.map((m) => m.slug), ...[...started].sort()])];
	const [facts, records] = await Promise.all([
		loadFacts(slugs, root, factsCache(store)),
		store.readModules(slugs)
	]);
	const titles = new Map(listed.map((m) => [m.slug, m.title]));
	const modules = slugs.map((slug): ModuleOverview => {
		const found = facts.get(slug)!;
		if (typeof found !== 'object')
			return {
				slug,
				title: titles.get(slug) ?? slug,
				hasQuiz: false,
				terms: 0,
				missing: found
			};
		const { answers, attempts, words, cards } = records.get(slug)!;
		return overviewOf(found, {
			quiz: found.hasQuiz ? summarise(answers, attempts, found.facts, now, cards) : undefined,
			words: found.terms.length ? wordStatus(found.terms, words, now) : undefined
		});
	});
	return {
		// Modules with nothing to show (no quiz, no glossary) are left out, as the build leaves them.
		modules: modules.filter((m) => m.missing || m.hasQuiz || m.terms > 0),
		damaged: store.damaged,
		newer: store.newer.size
	};
}

const overviewOf = (
	facts: ModuleFacts,
	shown: Pick<ModuleOverview, 'quiz' | 'words'>
): ModuleOverview => ({
	slug: facts.slug,
	title: facts.title,
	hasQuiz: facts.hasQuiz,
	terms: facts.terms.length,
	...shown
});
