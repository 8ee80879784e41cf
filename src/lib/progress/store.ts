import type { ProgressSummary } from '../quiz/generate';
import type { Card } from 'ts-fsrs';
import { answerReviews, dueFrom, isReplay, replay } from './review';
import {
	DEFAULT_SETTINGS,
	SCHEMA_VERSION,
	ANSWER_BATCH,
	checkAnswers,
	checkAttempt,
	checkProgress,
	checkReading,
	checkRecord,
	checkSettings,
	checkWord,
	kindOf,
	type Answer,
	type AttemptRecord,
	type Checked,
	type QuizProgress,
	type ReadingRecord,
	type Settings,
	type WordRecord
} from './records';

/** The little a store must do; localforage in the browser, a Map in tests and as a fallback. */
export interface KeyValue {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	remove(key: string): Promise<void>;
	keys(): Promise<string[]>;
	/** Every record whose key starts with `prefix`, in one read. */
	entries(prefix: string): Promise<[string, unknown][]>;
}

export function memoryStore(): KeyValue {
	const map = new Map<string, unknown>();
	return {
		get: async (key) => structuredClone(map.get(key) ?? null),
		set: async (key, value) => void map.set(key, structuredClone(value)),
		remove: async (key) => void map.delete(key),
		keys: async () => [...map.keys()],
		entries: async (prefix) =>
			[...map]
				.filter(([key]) => key.startsWith(prefix))
				.map(([key, v]) => [key, structuredClone(v)])
	};
}

/** What the progress page shows of a module, read at once (ProgressStore.moduleRecords). */
export interface ModuleRecords {
	answers: Answer[];
	attempts: AttemptRecord[];
	words: WordRecord[];
	/** The review cards of the module's questions. */
	cards: Map<string, Card>;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'newer' | 'failed' };

const SETTINGS_KEY = 'settings';

let counter = 0;
/** Unique enough for one device: time, a per-tab counter and a random part. */
function recordId(): string {
	const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
	return `${Date.now().toString(36)}-${(counter++).toString(36)}-${random}`;
}

/**
 * Progress kept on this device. Reads are validated and migrated: a damaged record is moved
 * aside under `damaged:` and counted, never shown; a record written by a newer Lectern is left
 * alone and counted. A migrated record is not written back as it is read: an older Lectern may
 * still be open in another tab (a new version never takes over an open tab), and it could no
 * longer read it. Records the app rewrites anyway (a quiz in progress, the reading place,
 * settings) reach the new version on their next save; answers and ratings, which never change,
 * are migrated each time they are read.
 */
export class ProgressStore {
	damaged = 0;
	/** This tab's open batch of answers per module, and the write queued for it. */
	private batches = new Map<string, { key: string; answers: Answer[]; saved: Promise<unknown> }>();
	/** Keys of records from a newer Lectern, kept as they are. */
	readonly newer = new Set<string>();

	constructor(
		private readonly kv: KeyValue,
		/** False when only memory is available (private browsing, storage refused). */
		readonly persistent: boolean
	) {}

	private async write(key: string, value: unknown): Promise<SaveResult> {
		try {
			await this.kv.set(key, value);
			return { ok: true };
		} catch (error) {
			return {
				ok: false,
				reason: (error as Error)?.name === 'QuotaExceededError' ? 'full' : 'failed'
			};
		}
	}

	/** A stored value through its check: the record, 'newer', or undefined (absent or set aside). */
	private async accept<T>(
		key: string,
		value: unknown,
		checkRecord: (value: unknown) => Checked<T>
	): Promise<T | 'newer' | undefined> {
		if (value === null || value === undefined) return undefined;
		const checked = checkRecord(value);
		if (checked.ok) return checked.value;
		if (checked.newer) {
			this.newer.add(key);
			return 'newer';
		}
		this.damaged++;
		await this.kv.set(`damaged:${key}`, value).catch(() => {});
		await this.kv.remove(key).catch(() => {});
		return undefined;
	}

	private async read<T>(
		key: string,
		checkRecord: (value: unknown) => Checked<T>
	): Promise<T | 'newer' | undefined> {
		const value = await this.kv.get(key).catch(() => undefined);
		return this.accept(key, value, checkRecord);
	}

	private async readAll<T>(
		prefix: string,
		checkRecord: (value: unknown) => Checked<T>
	): Promise<T[]> {
		const entries = await this.kv.entries(prefix).catch(() => [] as [string, unknown][]);
		const out: T[] = [];
		for (const [key, value] of entries) {
			const checked = checkRecord(value);
			// The common case stays synchronous: 10,000 answers are read in one pass.
			if (checked.ok) out.push(checked.value);
			else await this.accept(key, value, checkRecord);
		}
		return out;
	}

	/**
	 * Adds an answer to this tab's batch and rewrites the batch. Writes of one batch go one after
	 * the other, each with every answer so far, so an answer whose write failed is saved by the next.
	 */
	saveAnswer({ module, ...answer }: Answer & { module: string }): Promise<SaveResult> {
		let batch = this.batches.get(module);
		if (!batch || batch.answers.length >= ANSWER_BATCH) {
			batch = { key: `answer:${module}:${recordId()}`, answers: [], saved: Promise.resolve() };
			this.batches.set(module, batch);
		}
		const open = batch;
		open.answers.push(answer);
		const saved = open.saved.then(() =>
			this.write(open.key, { module, answers: [...open.answers], v: SCHEMA_VERSION })
		);
		open.saved = saved;
		return saved;
	}

	/** Rewrites a record kept one to a key, unless a newer Lectern wrote it. */
	private async replace<T>(
		key: string,
		checkRecord: (value: unknown) => Checked<T>,
		value: object
	): Promise<SaveResult> {
		if ((await this.read(key, checkRecord)) === 'newer') return { ok: false, reason: 'newer' };
		return this.write(key, { ...value, v: SCHEMA_VERSION });
	}

	private async load<T>(key: string, checkRecord: (value: unknown) => Checked<T>) {
		const found = await this.read(key, checkRecord);
		return found === 'newer' ? undefined : found;
	}

	saveProgress(progress: Omit<QuizProgress, 'v'>): Promise<SaveResult> {
		return this.replace(`quiz:${progress.module}:${progress.link}`, checkProgress, progress);
	}

	loadProgress(module: string, link: string): Promise<QuizProgress | undefined> {
		return this.load(`quiz:${module}:${link}`, checkProgress);
	}

	unfinished(module: string): Promise<QuizProgress[]> {
		return this.readAll(`quiz:${module}:`, checkProgress);
	}

	async finish(attempt: Omit<AttemptRecord, 'v'>): Promise<SaveResult> {
		const saved = await this.write(`attempt:${attempt.module}:${recordId()}`, {
			...attempt,
			v: SCHEMA_VERSION
		});
		if (saved.ok) await this.kv.remove(`quiz:${attempt.module}:${attempt.link}`).catch(() => {});
		return saved;
	}

	attempts(module: string): Promise<AttemptRecord[]> {
		return this.readAll(`attempt:${module}:`, checkAttempt).then((list) =>
			list.sort((a, b) => a.finishedAt - b.finishedAt)
		);
	}

	/** Every answer given in a module, oldest first. */
	async answers(module: string): Promise<Answer[]> {
		const batches = await this.readAll(`answer:${module}:`, checkAnswers);
		return batches.flatMap((batch) => batch.answers).sort((a, b) => a.at - b.at);
	}

	saveReading(module: string, paragraph: string): Promise<SaveResult> {
		return this.replace(`reading:${module}`, checkReading, { module, paragraph, at: Date.now() });
	}

	loadReading(module: string): Promise<ReadingRecord | undefined> {
		return this.load(`reading:${module}`, checkReading);
	}

	saveWord(word: Omit<WordRecord, 'v'>): Promise<SaveResult> {
		return this.write(`word:${word.module}:${recordId()}`, { ...word, v: SCHEMA_VERSION });
	}

	words(module: string): Promise<WordRecord[]> {
		return this.readAll(`word:${module}:`, checkWord);
	}

	/** The student's settings, or the defaults when none are stored (or they are from a newer Lectern). */
	async settings(): Promise<Omit<Settings, 'v'>> {
		const { cardFront, name } = (await this.load(SETTINGS_KEY, checkSettings)) ?? DEFAULT_SETTINGS;
		return name === undefined ? { cardFront } : { cardFront, name };
	}

	/** One key for all settings: a setting is a choice, so the last one made wins; others are kept. */
	async saveSettings(settings: Partial<Omit<Settings, 'v'>>): Promise<SaveResult> {
		return this.replace(SETTINGS_KEY, checkSettings, { ...(await this.settings()), ...settings });
	}

	/** Every valid record, at the current version, for a backup file. */
	async allRecords(): Promise<Record<string, unknown>> {
		const out: Record<string, unknown> = {};
		for (const [key, value] of await this.kv.entries('')) {
			const kind = kindOf(key);
			if (!kind) continue;
			const found = await this.accept(key, value, (v) => checkRecord(kind, v));
			if (found !== undefined && found !== 'newer') out[key] = found;
		}
		return out;
	}

	/** Adds records (already checked) that are not here yet; returns how many were added. */
	async addRecords(records: [string, unknown][]): Promise<SaveResult & { added: number }> {
		let added = 0;
		for (const [key, value] of records) {
			const saved = await this.write(key, value);
			if (!saved.ok) return { ...saved, added };
			added++;
		}
		return { ok: true, added };
	}

	async keys(): Promise<Set<string>> {
		return new Set(await this.kv.keys());
	}

	/** Removes everything Lectern stored on this device. */
	async erase(): Promise<void> {
		this.batches.clear();
		for (const key of await this.kv.keys()) await this.kv.remove(key);
	}

	/**
	 * Everything kept of a module, read at once, with its questions' review cards. The replay
	 * behind the cards is kept under `cache:` (never backed up; made again when it does not
	 * match the answers), so each visit replays only the answers given since.
	 */
	async moduleRecords(module: string): Promise<ModuleRecords> {
		const key = `cache:cards:${module}`;
		const [answers, attempts, words, cached] = await Promise.all([
			this.answers(module),
			this.attempts(module),
			this.words(module),
			this.kv.get(key).catch(() => undefined)
		]);
		const previous = isReplay(cached) ? cached : undefined;
		const replayed = replay(answerReviews(answers), previous);
		if (replayed.count !== previous?.count || replayed.hash !== previous.hash)
			this.kv.set(key, replayed).catch(() => {});
		return { answers, attempts, words, cards: replayed.cards };
	}

	/** Several modules' records, by module. */
	async readModules(modules: readonly string[]): Promise<Map<string, ModuleRecords>> {
		const read = await Promise.all(modules.map((module) => this.moduleRecords(module)));
		return new Map(modules.map((module, i) => [module, read[i]!]));
	}

	/** What the quiz generator needs to favour unseen and missed questions. */
	async summary(module: string, now = new Date()): Promise<ProgressSummary> {
		const { answers, cards } = await this.moduleRecords(module);
		const due = new Set(dueFrom(cards, now));
		const summary: ProgressSummary = {};
		for (const answer of answers) {
			summary[answer.question] = {
				seen: true,
				missed: !answer.correct,
				due: due.has(answer.question)
			};
		}
		return summary;
	}
}
