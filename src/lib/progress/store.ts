import { clearShelf, localShelf } from './unsaved';
import type { Card } from 'ts-fsrs';
import type { ProgressSummary } from '../quiz/generate';
import { AnswerBatches, readAnswers } from './answers';
import { backupRecords, restoreRecords } from './backup';
import { CheckedStore, type SaveResult } from './checked';
import {
	SETTINGS_KEY,
	guidedKey,
	modulePrefix,
	newAttemptKey,
	newWordKey,
	quizKey,
	readingKey
} from './keys';
import type { KeyValue } from './kv';
import {
	DEFAULT_SETTINGS,
	checkAttempt,
	checkGuided,
	checkProgress,
	checkReading,
	checkSettings,
	checkWord,
	PACING_LIMITS,
	pacingOf,
	type Answer,
	type AttemptRecord,
	type Pacing,
	type QuizProgress,
	type ReadingRecord,
	type Settings,
	type WordRecord
} from './records';
import { mergeProgress, type RunSnapshot } from './quiz-merge';
import { keptReplay, replayCards } from './replay-cache';
import { generatorSummary } from './summary';

// Imported when needed, not statically: the article page preloads this module's static imports
// (ContinueReading), and its first-load JS has no room for one more chunk.
const channel = () => import('./channel');

/** A run kept as it is taken: a quiz, or a guided reading (whose questions are its checkpoints). */
export type RunKind = 'quiz' | 'guided';
const RUN_RECORDS = {
	quiz: [quizKey, checkProgress],
	guided: [guidedKey, checkGuided]
} as const;

/** What the progress page shows of a module, read at once (ProgressStore.moduleRecords). */
export interface ModuleRecords {
	answers: Answer[];
	attempts: AttemptRecord[];
	words: WordRecord[];
	/** The review cards of the module's questions. */
	cards: Map<string, Card>;
}

/**
 * Progress kept on this device, as the pages use it: one method per thing a page saves or
 * reads. How records are checked, batched, backed up and replayed lives in the modules named
 * beside each method; keys are built in keys.ts.
 */
export class ProgressStore {
	/** Every read and write, checked (overview.ts reads through it too). */
	readonly records: CheckedStore;
	private readonly batches: AnswerBatches;

	constructor(
		/** The records as stored, for readers that check them themselves (overview.ts). */
		readonly kv: KeyValue,
		/** False when only memory is available (private browsing, storage refused). */
		readonly persistent: boolean
	) {
		this.records = new CheckedStore(kv);
		this.batches = new AnswerBatches(this.records);
	}

	/** How many records were found damaged and set aside. */
	get damaged(): number {
		return this.records.damaged;
	}

	/** Keys of records from a newer Lectern, kept as they are. */
	get newer(): ReadonlySet<string> {
		return this.records.newer;
	}

	saveAnswer(answer: Answer & { module: string }): Promise<SaveResult> {
		return this.batches.save(answer);
	}

	/** Every answer given in a module, oldest first. */
	answers(module: string): Promise<Answer[]> {
		return readAnswers(this.records, module);
	}

	/**
	 * Saves a quiz in progress. With `base`, what this tab saved (or found saved) before, only
	 * the questions changed since are written over the stored record (quiz-merge.ts): another
	 * tab on the same link keeps its answers.
	 */
	saveProgress(
		progress: Omit<QuizProgress, 'v'>,
		base?: RunSnapshot,
		kind: RunKind = 'quiz'
	): Promise<SaveResult> {
		const [key, check] = RUN_RECORDS[kind];
		return this.records.update(key(progress.module, progress.link), check, (stored) =>
			mergeProgress(stored, base, progress)
		);
	}

	loadProgress(
		module: string,
		link: string,
		kind: RunKind = 'quiz'
	): Promise<QuizProgress | undefined> {
		const [key, check] = RUN_RECORDS[kind];
		return this.records.load(key(module, link), check);
	}

	/** Forgets a guided reading, to start it again (unless a newer Lectern saved it). */
	forgetGuided(module: string, link: string): Promise<void> {
		return this.records.remove(guidedKey(module, link), checkGuided);
	}

	unfinished(module: string): Promise<QuizProgress[]> {
		return this.records.readAll(modulePrefix('quiz', module), checkProgress);
	}

	/** Keeps a finished quiz, then clears it as a quiz in progress (unless a newer Lectern saved that). */
	async finish(attempt: Omit<AttemptRecord, 'v'>): Promise<SaveResult> {
		const saved = await this.records.add(newAttemptKey(attempt.module), attempt);
		if (saved.ok) await this.records.remove(quizKey(attempt.module, attempt.link), checkProgress);
		return saved;
	}

	attempts(module: string): Promise<AttemptRecord[]> {
		return this.records
			.readAll(modulePrefix('attempt', module), checkAttempt)
			.then((list) => list.sort((a, b) => a.finishedAt - b.finishedAt));
	}

	saveReading(module: string, paragraph: string): Promise<SaveResult> {
		return this.records.replace(readingKey(module), checkReading, {
			module,
			paragraph,
			at: Date.now()
		});
	}

	loadReading(module: string): Promise<ReadingRecord | undefined> {
		return this.records.load(readingKey(module), checkReading);
	}

	saveWord(word: Omit<WordRecord, 'v'>): Promise<SaveResult> {
		return this.records.add(newWordKey(word.module), word);
	}

	words(module: string): Promise<WordRecord[]> {
		return this.records.readAll(modulePrefix('word', module), checkWord);
	}

	/** The student's settings, or the defaults when none are stored (or they are from a newer Lectern). */
	async settings(): Promise<Omit<Settings, 'v'>> {
		const stored = (await this.records.load(SETTINGS_KEY, checkSettings)) ?? DEFAULT_SETTINGS;
		// Only the fields Lectern knows, and only those set: the defaults are not written down.
		const known = ['cardFront', 'name', 'newWords', 'reviews', 'retention', 'speech'] as const;
		return Object.fromEntries(
			known.filter((key) => stored[key] !== undefined).map((key) => [key, stored[key]])
		) as Omit<Settings, 'v'>;
	}

	/** The review pace: daily limits and desired retention, the defaults filling what is not set. */
	async pacing(): Promise<Pacing> {
		return pacingOf(await this.settings());
	}

	/** What the review pace may be set to (components reach it here, keeping records.ts in the store's chunk). */
	readonly pacingLimits = PACING_LIMITS;

	/** One key for all settings: a setting is a choice, so the last one made wins; others are kept. */
	saveSettings(settings: Partial<Omit<Settings, 'v'>>): Promise<SaveResult> {
		// One save at a time: two settings changed in quick succession each read the stored
		// record before the other's write, and the second undid the first.
		const saved = this.settingsWrite.then(async () =>
			this.records.replace(SETTINGS_KEY, checkSettings, {
				...(await this.settings()),
				...settings
			})
		);
		this.settingsWrite = saved.then(
			() => undefined,
			() => undefined
		);
		return saved;
	}

	private settingsWrite: Promise<void> = Promise.resolve();

	/** Every valid record, at the current version, for a backup file (backup.ts). */
	allRecords(): Promise<Record<string, unknown>> {
		return backupRecords(this.records);
	}

	/** Adds records (already checked) that are not here yet (backup.ts). */
	addRecords(
		records: [string, unknown][],
		onprogress?: (added: number) => void
	): Promise<SaveResult & { added: number }> {
		return restoreRecords(this.records, records, onprogress);
	}

	keys(): Promise<Set<string>> {
		return this.records.keys();
	}

	/** Removes everything Lectern stored on this device, and tells the other tabs. */
	async erase(): Promise<void> {
		this.batches.forget();
		clearShelf(localShelf());
		await this.records.removeAll();
		(await channel()).announceErase();
	}

	/**
	 * Starts new answer batches whenever another tab erases progress: the open ones hold erased
	 * answers, and rewriting them would bring those back. Returns a function that stops following.
	 */
	followErases(): () => void {
		let stop: (() => void) | undefined;
		let stopped = false;
		channel().then(({ onErase }) => {
			if (!stopped) stop = onErase(() => this.batches.forget());
		});
		return () => {
			stopped = true;
			stop?.();
		};
	}

	/** Everything kept of a module, read at once, with its questions' review cards (replay-cache.ts). */
	async moduleRecords(module: string, retention?: number): Promise<ModuleRecords> {
		const [answers, attempts, words, previous, settings] = await Promise.all([
			this.answers(module),
			this.attempts(module),
			this.words(module),
			keptReplay(this.kv, module),
			retention === undefined ? this.settings() : { retention }
		]);
		const cards = replayCards(this.kv, module, answers, previous, settings.retention);
		return { answers, attempts, words, cards };
	}

	/** What the quiz generator needs to favour unseen and missed questions (summary.ts). */
	async summary(module: string, now = new Date()): Promise<ProgressSummary> {
		const { answers, cards } = await this.moduleRecords(module);
		return generatorSummary(answers, cards, now);
	}
}
