import { getModule, moduleEntries } from '$lib/server/content';
import { error } from '@sveltejs/kit';
import { chooserFacts } from '$lib/bank/chooser';

/*
 * The chooser, the player and the worksheet are prerendered for every module. Only the chooser
 * has data of its own, and only what it shows: the presets and which filters have questions.
 * The player and the worksheet fetch the bank itself, once, from `bank-v1.json`
 * (quiz/bank-file.ts), rather than each page's data and HTML carrying a copy.
 */
export const entries = moduleEntries;

function bankOf(slug: string) {
	const bank = getModule(slug)?.bank;
	if (!bank) error(404, 'This module has no questions yet');
	return bank;
}

/** The chooser's data. */
export function load({ params }: { params: { slug: string } }) {
	return { chooser: chooserFacts(bankOf(params.slug)) };
}

/** The player's and the worksheet's: none, but a module without questions has no such page. */
export function noData({ params }: { params: { slug: string } }) {
	bankOf(params.slug);
	return {};
}
