import type { Card } from 'ts-fsrs';
import { FACTS_CACHE_KEY, cardsCacheKey, moduleOfKey } from './keys';
import {
	checkAnswers,
	checkAttempt,
	checkProgress,
	checkReading,
	checkWord,
	type Answer,
	type AnswerBatch,
	type AttemptRecord,
	type WordRecord
} from './records';
import { replayCards } from './replay-cache';
import type { Pacing } from './records';
import { isReplay } from './review';
import {
	loadFacts,
	type FactsCache,
	type FactsMissing,
	type FactsPlace,
	type ModuleFacts
} from './module-facts';
import type { ModuleRecords, ProgressStore } from './store';
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
	/** The review pace the summaries were made with (the settings show it). */
	pacing: Pacing;
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
function modulesIn(keys: Iterable<string>): Set<string> {
	const modules = new Set<string>();
	for (const key of keys) {
		const module = moduleOfKey(key);
		if (module) modules.add(module);
	}
	return modules;
}

/** Records grouped by the module they name. */
function byModule<T extends { module: string }>(records: T[]): Map<string, T[]> {
	const grouped = new Map<string, T[]>();
	for (const record of records) {
		const list = grouped.get(record.module);
		if (list) list.push(record);
		else grouped.set(record.module, [record]);
	}
	return grouped;
}

/** What the progress page reads of the store, every module's at once. */
interface StoredRecords {
	batches: AnswerBatch[];
	attempts: AttemptRecord[];
	words: WordRecord[];
	replays: [string, unknown][];
}

/**
 * Every module's records, read kind by kind: one range read per kind of record whatever the
 * number of modules (read module by module, 200 modules took over a thousand transactions and
 * seconds). Quizzes in progress, reading places and settings are read too, so that `newer` and
 * `damaged` count every record, not only those the page shows.
 */
async function readStored(store: ProgressStore): Promise<StoredRecords> {
	const { records } = store;
	const [batches, attempts, words, replays] = await Promise.all([
		records.readAll('answer:', checkAnswers),
		records.readAll('attempt:', checkAttempt),
		records.readAll('word:', checkWord),
		store.kv.entries('cache:cards:').catch(() => [] as [string, unknown][]),
		records.readAll('quiz:', checkProgress),
		records.readAll('reading:', checkReading),
		store.settings()
	]);
	return { batches, attempts, words, replays };
}

/** Each module's records, in time order, with its review cards replayed (or taken from the cache). */
function groupByModule(
	store: ProgressStore,
	{ batches, attempts, words, replays }: StoredRecords,
	modules: readonly string[],
	/** The desired retention every schedule is replayed with (FSRS's default without it). */
	retention?: number
): Map<string, ModuleRecords> {
	const answersOf = byModule(batches);
	const attemptsOf = byModule(attempts);
	const wordsOf = byModule(words);
	const kept = new Map(replays);
	return new Map(
		modules.map((module) => {
			const answers: Answer[] = (answersOf.get(module) ?? [])
				.flatMap((batch) => batch.answers)
				.sort((a, b) => a.at - b.at);
			const replay = kept.get(cardsCacheKey(module));
			const cards: Map<string, Card> = replayCards(
				store.kv,
				module,
				answers,
				isReplay(replay) ? replay : undefined,
				retention
			);
			const moduleAttempts: AttemptRecord[] = (attemptsOf.get(module) ?? []).sort(
				(a, b) => a.finishedAt - b.finishedAt
			);
			const moduleWords: WordRecord[] = wordsOf.get(module) ?? [];
			return [module, { answers, attempts: moduleAttempts, words: moduleWords, cards }];
		})
	);
}

/** Every module's records (readStored, then groupByModule). */
export async function readAllModules(
	store: ProgressStore,
	modules: readonly string[],
	retention?: number
): Promise<Map<string, ModuleRecords>> {
	return groupByModule(store, await readStored(store), modules, retention);
}

/**
 * Reads and summarises what the progress page shows: the listed modules and every module with
 * records, each summarised against its facts (cached, or fetched for those modules only).
 */
export async function progressOverview(
	store: ProgressStore,
	listed: readonly ListedModule[],
	place: FactsPlace,
	now = new Date(),
	/** The store's keys, when the caller has read them already. */
	keys?: Iterable<string>
): Promise<Overview> {
	// Every read begins at once: each IndexedDB round trip is milliseconds on a phone, and the
	// facts wait only for the keys (which modules), the schedules for the settings (the retention).
	const stored = readStored(store);
	const [started, pacing] = await Promise.all([
		keys ? modulesIn(keys) : store.keys().then(modulesIn),
		store.pacing()
	]);
	const slugs = [...new Set([...listed.map((m) => m.slug), ...[...started].sort()])];
	const [facts, records] = await Promise.all([
		loadFacts(slugs, place, factsCache(store)),
		stored.then((read) => groupByModule(store, read, slugs, pacing.retention))
	]);
	const titles = new Map(listed.map((m) => [m.slug, m.title]));
	// The listed modules in their order, then those started, the latest studied first: a long
	// list is shown a part at a time, and the module of the day leads.
	const latest = new Map(slugs.map((slug) => [slug, lastStudied(records.get(slug)!)]));
	const ordered = [
		...listed.map((m) => m.slug),
		...slugs
			.filter((slug) => !titles.has(slug))
			.sort((a, b) => latest.get(b)! - latest.get(a)! || a.localeCompare(b))
	];
	const modules = ordered.map((slug): ModuleOverview => {
		const found = facts.get(slug)!;
		if ('missing' in found)
			return {
				slug,
				title: titles.get(slug) ?? found.title ?? slug,
				hasQuiz: false,
				terms: 0,
				missing: found.missing
			};
		const { answers, attempts, words, cards } = records.get(slug)!;
		return overviewOf(found, {
			quiz: found.hasQuiz
				? summarise(answers, attempts, found.facts, now, cards, pacing)
				: undefined,
			words: found.terms.length ? wordStatus(found.terms, words, now, pacing) : undefined
		});
	});
	return {
		pacing,
		// Modules with nothing to show (no quiz, no glossary) are left out, as the build leaves them.
		modules: modules.filter((m) => m.missing || m.hasQuiz || m.terms > 0),
		damaged: store.damaged,
		newer: store.newer.size
	};
}

/** When the student last answered, finished a quiz or rated a word in a module (0: never). */
function lastStudied({ answers, attempts, words }: ModuleRecords): number {
	return words.reduce(
		(latest, word) => Math.max(latest, word.at),
		Math.max(answers.at(-1)?.at ?? 0, attempts.at(-1)?.finishedAt ?? 0)
	);
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
