import type { Bank } from '$lib/bank/types';
import { generate } from '$lib/quiz/generate';
import { newSeed } from '$lib/quiz/random';
import { parseQuizLink } from '$lib/quiz/request';
import { QuizRun } from './quiz-run.svelte';

// Quizzes opened in this tab, by link: following "Show in the article" and coming back keeps the answers.
const open = new Map<string, { run: QuizRun; title: string }>();

/** The quiz a link asks for, with a seed added if it had none. */
export function openQuiz(
	bank: Bank,
	url: URL
): { run: QuizRun; title: string; url: string } | { error: string } {
	const link = parseQuizLink(url.searchParams, bank);
	if ('error' in link) return link;
	const seeded = new URL(url);
	seeded.searchParams.set('seed', link.seed ?? newSeed());
	seeded.hash = '';
	const key = `${bank.module}|${seeded.search}`;
	let entry = open.get(key);
	if (!entry) {
		entry = {
			run: new QuizRun(bank, generate(bank, link.request, seeded.searchParams.get('seed')!)),
			title: link.title
		};
		open.set(key, entry);
	}
	return { ...entry, url: seeded.href };
}
