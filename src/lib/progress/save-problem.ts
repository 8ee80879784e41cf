import type { SaveResult } from './checked';

/** What was being saved, as the message names it. */
export interface SaveSubject {
	/** What was not saved: "this answer", "this". */
	what: string;
	/** What a newer Lectern saved, and what to do: "saved this quiz; reload the page to continue it there". */
	newer: string;
}

/** What a student is told when a save failed, for every page that saves. */
export function saveProblem(
	reason: Extract<SaveResult, { ok: false }>['reason'],
	{ what, newer }: SaveSubject
): string {
	if (reason === 'full')
		return `Your device’s storage is full, so ${what} was not saved. Free some space to keep your progress.`;
	if (reason === 'newer') return `A newer version of Lectern ${newer}.`;
	return `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be saved on this device.`;
}
