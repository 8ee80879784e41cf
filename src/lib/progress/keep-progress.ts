import type { Score } from '../quiz/score';
import type { FinishedRun } from '../handin/make';
import { announceChange } from './channel';
import type { SaveResult } from './checked';
import { linkKey } from './keys';
import type { RunSnapshot } from './quiz-merge';
import type { Answer, AttemptRecord } from './records';
import { saveProblem } from './save-problem';
import type { ProgressStore, RunKind } from './store';
import { localShelf, shelve, unshelve, whenLeaving, type UnsavedRun } from './unsaved';

/** Where a run reports what should be kept. */
export interface RunKeeper {
	/** `now`: an answer was checked or the student moved on; written at once, never coalesced. */
	progress(snapshot: RunSnapshot, now?: boolean): void;
	answer(id: string, score: Score): void;
	finish(run: KeptRun): void;
}

/** A quiz being taken, as far as keeping it goes (QuizRun, beside the quiz components). */
export interface KeptRun extends FinishedRun {
	readonly finishedAt: number;
	readonly finished: boolean;
	/** The question on screen. */
	readonly index: number;
	readonly ids: string[];
	readonly scores: Record<string, Score>;
	readonly totals: { points: number; possible: number };
	restore(saved: RunSnapshot): void;
	snapshot(): RunSnapshot;
	keeper: RunKeeper | undefined;
}

export interface KeepStatus {
	persistent: boolean;
	/** Set when a save failed: the reader must be told. */
	problem?: string;
}

/**
 * Connects a quiz run to the device's progress store: resumes a saved run of the same link,
 * then saves after every change. localforage is loaded only here, after the page is shown.
 */
const attached = new WeakSet<KeptRun>();

export async function keepProgress(
	run: KeptRun,
	module: string,
	url: URL,
	title: string,
	onstatus: (status: KeepStatus) => void,
	/** A guided reading is kept under a key of its own, and never finished as a quiz. */
	kind: RunKind = 'quiz'
): Promise<void> {
	if (attached.has(run)) return;
	attached.add(run);
	const link = linkKey(url.search);
	// What is not yet seen saved is shelved as the page goes (unsaved.ts), from this moment on:
	// before the store has opened, everything the run holds; after, the writes not yet done.
	let unsaved = (): UnsavedRun | undefined => {
		const early = Object.entries(run.scores);
		if (!early.length && run.index === 0 && !run.finished) return undefined;
		const at = Date.now();
		return {
			kind,
			module,
			link,
			title,
			answers: early.map(([question, score]) => answerOf(question, score, at)),
			progress: { snapshot: run.snapshot(), base: NOTHING_SAVED },
			finished: run.finished ? attemptOf(run, module, link, title) : undefined
		};
	};
	const shelf = localShelf();
	const shelfId = `${kind}:${module}:${link}:${Date.now().toString(36)}`;
	let shelved = false;
	whenLeaving(() => {
		const now = unsaved();
		if (now) shelved = shelve(shelf, shelfId, now) || shelved;
	});
	/** Takes the shelved entry off once every write has been seen to work. */
	const settle = () => {
		if (shelved && !unsaved()) {
			unshelve(shelf, shelfId);
			shelved = false;
		}
	};

	const { openProgress } = await import('./browser');
	const store: ProgressStore = await openProgress();
	const saved = await store.loadProgress(module, link, kind);
	// The student may have answered while the store was opening (a slow phone): those answers
	// are this tab's own, so the run resumes nothing over them and they are saved below.
	const early = Object.keys(run.scores);
	const resumed = !!saved && !run.finished && early.length === 0;
	if (resumed) run.restore(saved);
	onstatus({ persistent: store.persistent });
	// What this tab has saved of the run, or found saved: each write sends only what changed since,
	// merged by question into the stored quiz, so another tab on the same link keeps its answers
	// (and an erase in another tab brings nothing older back). It moves on only once a write worked.
	// Not the run as it is now unless it was just resumed: what was done before this point has not
	// been written yet, and a base holding it would leave it out of every write.
	let base: RunSnapshot = resumed ? structuredClone(run.snapshot()) : (saved ?? NOTHING_SAVED);

	// A failed write is told until a later write of the same kind works (storage freed up): each
	// answer write holds the whole batch so far, each progress write the quiz as it is now.
	const problems = new Map<'answer' | 'progress' | 'finish', string>();
	const report = (kind: 'answer' | 'progress' | 'finish') => (result: SaveResult) => {
		settle();
		const told = problems.size > 0;
		if (result.ok) {
			problems.delete(kind);
			announceChange();
		} else {
			problems.set(
				kind,
				saveProblem(result.reason, {
					what: 'this answer',
					newer: 'saved this quiz; reload the page to continue it there'
				})
			);
		}
		if (told || problems.size)
			onstatus({ persistent: store.persistent, problem: problems.values().next().value });
	};
	// Every change is saved at once. While a write is under way, changes (typing) are coalesced
	// into the next write, so fast typing never queues a storm; a checked answer or a move is
	// written at once beside it (`now`): its write begins before the page can be left, so leaving
	// right after Check loses nothing. Writes begun later are applied later (IndexedDB keeps the
	// order of transactions), so `base` follows the latest that worked.
	let writing: Promise<void> | undefined;
	let latest: RunSnapshot | undefined;
	let last: Promise<unknown> = Promise.resolve();
	let begun = 0;
	let adopted = 0;
	// Answers and a finished quiz whose writes have not been seen to work.
	const answersUnsaved = new Set<Answer>();
	let finishing: Omit<AttemptRecord, 'v'> | undefined;
	unsaved = () => {
		const progress = !finishing && (latest || adopted < begun);
		if (!answersUnsaved.size && !progress && !finishing) return undefined;
		return {
			kind,
			module,
			link,
			title,
			answers: [...answersUnsaved],
			progress: progress ? { snapshot: run.snapshot(), base } : undefined,
			finished: finishing
		};
	};
	function write(snapshot: RunSnapshot): Promise<void> {
		const sequence = ++begun;
		const saving = store
			.saveProgress({ module, link, title, ...snapshot, updatedAt: Date.now() }, base, kind)
			.then((result) => {
				if (result.ok && sequence > adopted) {
					adopted = sequence;
					// A copy: the run's snapshots are copies in the browser, but not where Svelte
					// compiles for the server (unit tests), and a base that changes loses answers.
					base = structuredClone(snapshot);
				}
				report('progress')(result);
			});
		last = saving;
		return saving;
	}
	async function pump() {
		while (latest) {
			const snapshot = latest;
			latest = undefined;
			await write(snapshot);
		}
		writing = undefined;
	}
	const keeper: RunKeeper = {
		progress(snapshot, now) {
			if (now) {
				latest = undefined;
				void write(snapshot);
				return;
			}
			latest = snapshot;
			writing ??= pump();
		},
		answer(question, score) {
			const answer = answerOf(question, score, Date.now());
			answersUnsaved.add(answer);
			store.saveAnswer({ module, ...answer }).then((result) => {
				// A failed write's answer goes with the next write of its batch, and is shelved
				// meanwhile (the next visit adds it only if that write did not).
				if (result.ok) answersUnsaved.delete(answer);
				report('answer')(result);
			});
		},
		finish(finished) {
			latest = undefined;
			// After the last progress write, so it cannot bring the finished quiz back.
			const flushed = last;
			const attempt = attemptOf(finished, module, link, title);
			finishing = attempt;
			// With what a hand-in needs, so it can be handed in later from /progress/ (loaded now, so
			// the player's first load stays as it was; saved without it if that fails).
			const detail = import('../handin/make').then(
				({ attemptDetail }) => attemptDetail(finished, module, link, title, finished.finishedAt),
				() => undefined
			);
			Promise.all([flushed, detail])
				.then(([, handin]) => store.finish(handin ? { ...attempt, handin } : attempt))
				.then((result) => {
					if (result.ok) finishing = undefined;
					report('finish')(result);
				});
			// After a first finished quiz, ask the browser not to clear our storage under pressure.
			globalThis.navigator?.storage?.persist?.().catch(() => {});
		}
	};
	run.keeper = keeper;
	// What was done before the keeper was here, kept now (by this keeper only: an LMS beside it
	// hears of its own): answers checked, then the quiz itself.
	for (const id of early) keeper.answer(id, run.scores[id]!);
	if (run.finished) keeper.finish(run);
	else if (early.length || run.index > 0) keeper.progress(run.snapshot(), true);
}

const NOTHING_SAVED: RunSnapshot = { index: 0, responses: {}, scores: {} };

/** An answer as stored: its score, and tries and hints where any were used. */
const answerOf = (question: string, score: Score, at: number): Answer => ({
	question,
	score: score.score,
	correct: score.correct,
	at,
	...(score.tries ? { tries: score.tries } : {}),
	...(score.hints ? { hints: score.hints } : {})
});

/** A finished quiz as stored: each question's score, the totals, tries and hints used. */
function attemptOf(
	finished: KeptRun,
	module: string,
	link: string,
	title: string
): Omit<AttemptRecord, 'v'> {
	const used = (field: 'tries' | 'hints') => {
		const counts = Object.fromEntries(
			finished.ids.flatMap((id) => {
				const n = finished.scores[id]?.[field];
				return n ? [[id, n]] : [];
			})
		);
		return Object.keys(counts).length ? { [field]: counts } : {};
	};
	return {
		module,
		link,
		title,
		questions: finished.ids,
		scores: Object.fromEntries(finished.ids.map((id) => [id, finished.scores[id]?.score ?? 0])),
		points: finished.totals.points,
		possible: finished.totals.possible,
		finishedAt: finished.finishedAt,
		...used('tries'),
		...used('hints')
	};
}
