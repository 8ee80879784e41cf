import type { Bank } from '../bank/types';
import { generate, type Quiz } from './generate';
import { newSeed } from './random';
import { parseQuizLink } from './request';
import type { TryRules } from './tries';

/** The quiz a link asks for, with a seed added to the link if it had none. */
export function seededQuiz(
	bank: Bank,
	url: URL
):
	| { quiz: Quiz; title: string; url: string; badSeed?: string; rules: TryRules; hard?: string[] }
	| { error: string } {
	const link = parseQuizLink(url.searchParams, bank);
	if ('error' in link) return link;
	const seeded = new URL(url);
	seeded.searchParams.set('seed', link.seed ?? newSeed());
	seeded.hash = '';
	const seed = seeded.searchParams.get('seed')!;
	return {
		quiz: generate(bank, link.request, seed),
		title: link.title,
		url: seeded.href,
		badSeed: link.badSeed,
		rules: link.rules,
		hard: link.hard
	};
}
