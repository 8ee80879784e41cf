import type { Bank } from '$lib/bank/types';
import type { Block } from '$lib/content/types';
import { guidedReading, type GuidedReading } from '$lib/reading/guided-link';
import { QuizRun } from '../quiz/quiz-run.svelte';

// Beside the guided components, not in $lib/reading: it makes the reactive QuizRun ($state runes).
// Readings opened in this tab, by link: leaving for the whole text and coming back keeps them.
const open = new Map<string, { run: QuizRun; reading: GuidedReading }>();

/** The guided reading a link asks for, its checkpoints' questions as a quiz run. */
export function openGuided(
	bank: Bank,
	blocks: readonly Block[],
	url: URL
): { run: QuizRun; reading: GuidedReading } | { error: string } {
	const reading = guidedReading(bank, blocks, url);
	if ('error' in reading) return reading;
	const key = `${bank.module}|${new URL(reading.url).search}`;
	let entry = open.get(key);
	if (!entry) {
		entry = { run: new QuizRun(bank, reading.quiz, reading.rules), reading };
		open.set(key, entry);
	}
	return entry;
}

/** Forgets this tab's run of a link, so the reading starts again. */
export function closeGuided(bank: Bank, url: string) {
	open.delete(`${bank.module}|${new URL(url).search}`);
}
