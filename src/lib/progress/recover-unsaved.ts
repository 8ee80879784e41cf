/**
 * Writes to the store what earlier pages left on the shelf as they went (unsaved.ts). Each entry
 * is checked as a stored record is; what is already kept is not added again (an answer is the
 * same if it has the same question and moment, a finished quiz the same link and end), so an
 * entry written twice, or by two tabs at once, adds nothing twice.
 */
import {
	checkAnswers,
	checkAttempt,
	checkGuided,
	checkProgress,
	SCHEMA_VERSION,
	type Checked,
	type QuizProgress
} from './records';
import type { ProgressStore, RunKind } from './store';
import { SHELF_PREFIX, type Shelf, type UnsavedRun } from './unsaved';

const PROGRESS_CHECKS: Record<RunKind, (value: unknown) => Checked<QuizProgress>> = {
	quiz: checkProgress,
	guided: checkGuided
};

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An entry as parsed from the shelf, if every part of it passes the record checks. */
export function checkUnsaved(value: unknown): UnsavedRun | undefined {
	if (!isObject(value)) return undefined;
	const { kind, module, link, title, answers, progress, finished } = value;
	if (kind !== 'quiz' && kind !== 'guided') return undefined;
	if (typeof module !== 'string' || typeof link !== 'string' || typeof title !== 'string')
		return undefined;
	const v = SCHEMA_VERSION;
	// A batch holds one answer at least; a note may hold none (only the quiz was unsaved).
	if (!Array.isArray(answers) || (answers.length && !checkAnswers({ v, module, answers }).ok))
		return undefined;
	const asProgress = (snapshot: unknown) =>
		isObject(snapshot) &&
		PROGRESS_CHECKS[kind]({ ...snapshot, v, module, link, title, updatedAt: 0 }).ok;
	if (
		progress !== undefined &&
		!(isObject(progress) && asProgress(progress.snapshot) && asProgress(progress.base))
	)
		return undefined;
	if (
		finished !== undefined &&
		!(isObject(finished) && finished.module === module && checkAttempt({ ...finished, v }).ok)
	)
		return undefined;
	return value as unknown as UnsavedRun;
}

/** Writes one entry; true when all of it is kept (or a newer Lectern's record stands in its way). */
async function writeUnsaved(store: ProgressStore, run: UnsavedRun): Promise<boolean> {
	const { module, link, title, kind } = run;
	if (run.answers.length) {
		const same = (a: { question: string; at: number }) => `${a.question}\n${a.at}`;
		const kept = new Set((await store.answers(module)).map(same));
		for (const answer of run.answers) {
			if (kept.has(same(answer))) continue;
			const saved = await store.saveAnswer({ module, ...answer });
			if (!saved.ok && saved.reason !== 'newer') return false;
		}
	}
	if (run.finished) {
		const { finishedAt } = run.finished;
		const attempts = await store.attempts(module);
		if (!attempts.some((a) => a.link === link && a.finishedAt === finishedAt)) {
			const saved = await store.finish(run.finished);
			if (!saved.ok && saved.reason !== 'newer') return false;
		}
	} else if (run.progress) {
		const { snapshot, base } = run.progress;
		const saved = await store.saveProgress(
			{ module, link, title, ...snapshot, updatedAt: Date.now() },
			base,
			kind
		);
		if (!saved.ok && saved.reason !== 'newer') return false;
	}
	return true;
}

/**
 * Writes every entry on the shelf to the store, and takes each off once written: a page left
 * while doing so (the test that caught it left within a second) finds it again next time. An
 * entry that cannot be written now (storage full) stays for the next visit; one that fails its
 * checks (the shelf edited by hand, a newer Lectern's) is left where it is and never written.
 * One tab at a time (Web Locks, where the browser has them), so that two tabs opening at once do
 * not both add the same answers. Returns how many entries were written.
 */
export async function recoverUnsaved(
	store: ProgressStore,
	shelf: Shelf | undefined
): Promise<number> {
	if (!shelf || !store.persistent) return 0;
	const recover = async () => {
		let written = 0;
		for (const key of shelvedKeys(shelf)) {
			try {
				const text = shelf.getItem(key);
				const run = parsed(text);
				if (!run) continue;
				if (!(await writeUnsaved(store, run).catch(() => false))) continue;
				// Unless the page that shelved it has shelved more since (it was only hidden).
				if (shelf.getItem(key) === text) shelf.removeItem(key);
				written++;
			} catch {
				// The shelf refused: what is on it stays for another visit.
			}
		}
		return written;
	};
	const locks = globalThis.navigator?.locks;
	return locks ? locks.request('lectern:unsaved', recover) : recover();
}

function shelvedKeys(shelf: Shelf): string[] {
	const keys: string[] = [];
	for (let i = 0; i < shelf.length; i++) {
		const key = shelf.key(i);
		if (key?.startsWith(SHELF_PREFIX)) keys.push(key);
	}
	return keys;
}

function parsed(text: string | null): UnsavedRun | undefined {
	try {
		return checkUnsaved(JSON.parse(text ?? 'null'));
	} catch {
		return undefined;
	}
}
