import type { ProgressSummary } from '../quiz/generate';
import { dueForReview } from './review';
import {
	SCHEMA_VERSION,
	checkAnswer,
	checkAttempt,
	checkProgress,
	checkReading,
	type ReadingRecord,
	type AnswerRecord,
	type AttemptRecord,
	type Checked,
	type QuizProgress
} from './records';

/** The little a store must do; localforage in the browser, a Map in tests and as a fallback. */
export interface KeyValue {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	remove(key: string): Promise<void>;
	keys(): Promise<string[]>;
}

export function memoryStore(): KeyValue {
	const map = new Map<string, unknown>();
	return {
		get: async (key) => structuredClone(map.get(key) ?? null),
		set: async (key, value) => void map.set(key, structuredClone(value)),
		remove: async (key) => void map.delete(key),
		keys: async () => [...map.keys()]
	};
}

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'newer' | 'failed' };

let counter = 0;
/** Unique enough for one device: time, a per-tab counter and a random part. */
function recordId(): string {
	const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
	return `${Date.now().toString(36)}-${(counter++).toString(36)}-${random}`;
}

/**
 * Progress kept on this device. Reads are validated: a damaged record is moved aside under
 * `damaged:` and counted, never shown; a record written by a newer Lectern is left alone.
 */
export class ProgressStore {
	damaged = 0;

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

	private async read<T>(
		key: string,
		checkRecord: (value: unknown) => Checked<T>
	): Promise<T | 'newer' | undefined> {
		let value: unknown;
		try {
			value = await this.kv.get(key);
		} catch {
			return undefined;
		}
		if (value === null || value === undefined) return undefined;
		const checked = checkRecord(value);
		if (checked.ok) return checked.value;
		if (checked.newer) return 'newer';
		this.damaged++;
		await this.kv.set(`damaged:${key}`, value).catch(() => {});
		await this.kv.remove(key).catch(() => {});
		return undefined;
	}

	private async readAll<T>(
		prefix: string,
		checkRecord: (value: unknown) => Checked<T>
	): Promise<T[]> {
		const keys = (await this.kv.keys().catch(() => [] as string[])).filter((key) =>
			key.startsWith(prefix)
		);
		const values = await Promise.all(keys.map((key) => this.read(key, checkRecord)));
		return values.filter(
			(value): value is Awaited<T> => value !== undefined && value !== 'newer'
		) as T[];
	}

	saveAnswer(answer: Omit<AnswerRecord, 'v'>): Promise<SaveResult> {
		return this.write(`answer:${answer.module}:${recordId()}`, { v: SCHEMA_VERSION, ...answer });
	}

	async saveProgress(progress: Omit<QuizProgress, 'v'>): Promise<SaveResult> {
		const key = `quiz:${progress.module}:${progress.link}`;
		if ((await this.read(key, checkProgress)) === 'newer') return { ok: false, reason: 'newer' };
		return this.write(key, { v: SCHEMA_VERSION, ...progress });
	}

	async loadProgress(module: string, link: string): Promise<QuizProgress | undefined> {
		const found = await this.read(`quiz:${module}:${link}`, checkProgress);
		return found === 'newer' ? undefined : found;
	}

	unfinished(module: string): Promise<QuizProgress[]> {
		return this.readAll(`quiz:${module}:`, checkProgress);
	}

	async finish(attempt: Omit<AttemptRecord, 'v'>): Promise<SaveResult> {
		const saved = await this.write(`attempt:${attempt.module}:${recordId()}`, {
			v: SCHEMA_VERSION,
			...attempt
		});
		if (saved.ok) await this.kv.remove(`quiz:${attempt.module}:${attempt.link}`).catch(() => {});
		return saved;
	}

	attempts(module: string): Promise<AttemptRecord[]> {
		return this.readAll(`attempt:${module}:`, checkAttempt).then((list) =>
			list.sort((a, b) => a.finishedAt - b.finishedAt)
		);
	}

	answers(module: string): Promise<AnswerRecord[]> {
		return this.readAll(`answer:${module}:`, checkAnswer).then((list) =>
			list.sort((a, b) => a.at - b.at)
		);
	}

	saveReading(module: string, paragraph: string): Promise<SaveResult> {
		return this.write(`reading:${module}`, {
			v: SCHEMA_VERSION,
			module,
			paragraph,
			at: Date.now()
		});
	}

	async loadReading(module: string): Promise<ReadingRecord | undefined> {
		const found = await this.read(`reading:${module}`, checkReading);
		return found === 'newer' ? undefined : found;
	}

	/** Every valid record, for a backup file. */
	async allRecords(): Promise<Record<string, unknown>> {
		const keys = (await this.kv.keys()).filter((key) =>
			/^(answer|attempt|quiz|reading):/.test(key)
		);
		const out: Record<string, unknown> = {};
		for (const key of keys) {
			const check = key.startsWith('answer:')
				? checkAnswer
				: key.startsWith('attempt:')
					? checkAttempt
					: key.startsWith('reading:')
						? checkReading
						: checkProgress;
			const value = await this.read(key, check as (value: unknown) => Checked<unknown>);
			if (value !== undefined && value !== 'newer') out[key] = value;
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
		for (const key of await this.kv.keys()) await this.kv.remove(key);
	}

	/** What the quiz generator needs to favour unseen and missed questions. */
	async summary(module: string, now = new Date()): Promise<ProgressSummary> {
		const answers = await this.answers(module);
		const due = new Set(dueForReview(answers, now));
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
