import type { ProgressStore, SaveResult } from '$lib/progress/store';
import { linkKey } from '$lib/progress/records';
import { announceChange } from '$lib/progress/channel';
import type { QuizRun, RunSnapshot } from './quiz-run.svelte';

export interface KeepStatus {
	persistent: boolean;
	/** Set when a save failed: the reader must be told. */
	problem?: string;
}

/**
 * Connects a quiz run to the device's progress store: resumes a saved run of the same link,
 * then saves after every change. localforage is loaded only here, after the page is shown.
 */
const attached = new WeakSet<QuizRun>();

export async function keepProgress(
	run: QuizRun,
	module: string,
	url: URL,
	title: string,
	onstatus: (status: KeepStatus) => void
): Promise<void> {
	if (attached.has(run)) return;
	attached.add(run);
	const { openProgress } = await import('$lib/progress/browser');
	const store: ProgressStore = await openProgress();
	const link = linkKey(url.search);
	const saved = await store.loadProgress(module, link);
	if (saved && !run.finished && Object.keys(run.scores).length === 0) run.restore(saved);
	onstatus({ persistent: store.persistent });

	const report = (result: SaveResult) => {
		if (result.ok) return announceChange();
		onstatus({
			persistent: store.persistent,
			problem:
				result.reason === 'full'
					? 'Your device’s storage is full, so this answer was not saved. Free some space to keep your progress.'
					: result.reason === 'newer'
						? 'A newer version of Lectern saved this quiz; reload the page to continue it there.'
						: 'This answer could not be saved on this device.'
		});
	};
	// Every change is saved at once, one write at a time; changes made during a write are
	// coalesced into the next one, so fast typing never queues a storm and closing the tab
	// right after an answer loses nothing.
	let writing: Promise<void> | undefined;
	let latest: RunSnapshot | undefined;
	async function pump() {
		while (latest) {
			const snapshot = latest;
			latest = undefined;
			report(await store.saveProgress({ module, link, title, ...snapshot, updatedAt: Date.now() }));
		}
		writing = undefined;
	}
	run.keeper = {
		progress(snapshot) {
			latest = snapshot;
			writing ??= pump();
		},
		answer(question, score) {
			store
				.saveAnswer({
					module,
					question,
					score: score.score,
					correct: score.correct,
					at: Date.now()
				})
				.then(report);
		},
		finish(finished) {
			latest = undefined;
			// After the last progress write, so it cannot bring the finished quiz back.
			const flushed = writing ?? Promise.resolve();
			const scores = Object.fromEntries(
				finished.ids.map((id) => [id, finished.scores[id]?.score ?? 0])
			);
			const totals = finished.totals;
			const attempt = {
				module,
				link,
				title,
				questions: finished.ids,
				scores,
				points: totals.points,
				possible: totals.possible,
				finishedAt: finished.finishedAt
			};
			// With what a hand-in needs, so it can be handed in later from /progress/ (loaded now, so
			// the player's first load stays as it was; saved without it if that fails).
			const detail = import('$lib/handin/make').then(
				({ attemptDetail }) => attemptDetail(finished, module, link, title, finished.finishedAt),
				() => undefined
			);
			Promise.all([flushed, detail])
				.then(([, handin]) => store.finish(handin ? { ...attempt, handin } : attempt))
				.then(report);
			// After a first finished quiz, ask the browser not to clear our storage under pressure.
			navigator.storage?.persist?.().catch(() => {});
		}
	};
}
