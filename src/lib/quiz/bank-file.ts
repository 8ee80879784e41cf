import type { Bank } from '../bank/types';
import { QUESTION_TYPES } from '../bank/vocabulary';

/**
 * A module's question bank as students get it, in `<slug>/quiz/BANK_FILE`: one file that the
 * quiz player and the worksheet fetch (kept offline with the module), rather than a copy in each
 * quiz page's data and HTML. A change of shape gets a new name.
 */
export const BANK_FILE = 'bank-v1.json';

/**
 * The bank without what no student page reads: the LMS pass mark (the SCORM export reads it at
 * build time) and each explanation's plain text (the search index's, built at build time).
 */
export function studentBank(bank: Bank): Bank {
	return {
		module: bank.module,
		presets: bank.presets.map(({ pass: _pass, ...preset }) => preset),
		questions: bank.questions.map(({ explanationText: _text, ...question }) => question)
	};
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A fetched or cached file, checked in its outline before it is used (a host or a cache can
 * serve anything): the build validated every question, so only the file's identity and frame
 * are in doubt here.
 */
export function isBankFile(value: unknown, slug: string): value is Bank {
	return (
		isObject(value) &&
		value.module === slug &&
		Array.isArray(value.presets) &&
		value.presets.every((p) => isObject(p) && typeof p.id === 'string') &&
		Array.isArray(value.questions) &&
		value.questions.every(
			(q) =>
				isObject(q) &&
				typeof q.id === 'string' &&
				(QUESTION_TYPES as readonly unknown[]).includes(q.type)
		)
	);
}

/** Why a bank could not be had: no such file (a module without questions), or no connection. */
export type BankMissing = 'gone' | 'offline';

// Fetched once per module in a tab: moving between the quiz, the article and back reuses it.
const fetched = new Map<string, Promise<Bank | BankMissing>>();

/**
 * The bank of module `slug`, fetched from `quizFolder` (the module's quiz page, `/<slug>/quiz/`,
 * resolved against the page's address; the service worker answers for a kept module).
 */
export function loadBank(slug: string, quizFolder: URL): Promise<Bank | BankMissing> {
	let pending = fetched.get(slug);
	if (!pending) {
		pending = fetch(new URL(BANK_FILE, quizFolder))
			.then(async (response): Promise<Bank | BankMissing> => {
				if (response.status === 404) return 'gone';
				const bank: unknown = response.ok ? await response.json() : undefined;
				return isBankFile(bank, slug) ? bank : 'offline';
			})
			.catch((): BankMissing => 'offline');
		// A failure is not kept: the next page that asks tries again.
		void pending.then((result) => {
			if (typeof result === 'string') fetched.delete(slug);
		});
		fetched.set(slug, pending);
	}
	return pending;
}
