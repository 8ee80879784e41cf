import { error, json } from '@sveltejs/kit';
import { getModule, moduleEntries } from '$lib/server/content';
import { studentBank } from '$lib/quiz/bank-file';

export const prerender = true;

export function entries() {
	return moduleEntries().filter(({ slug }) => getModule(slug)?.bank);
}

/** The bank once for the player and the worksheet (quiz/bank-file.ts), fetched in the browser. */
export function GET({ params }) {
	const bank = getModule(params.slug)?.bank;
	if (!bank) error(404, 'This module has no questions yet');
	return json(studentBank(bank));
}
