import type { Bank } from '$lib/bank/types';
import { generate, type Quiz } from '$lib/quiz/generate';
import { newSeed } from '$lib/quiz/random';
import { parseQuizLink } from '$lib/quiz/request';
import { QuizRun } from './quiz-run.svelte';

/** The quiz a link asks for, with a seed added to the link if it had none. */
export function seededQuiz(
	bank: Bank,
	url: URL
): { quiz: Quiz; title: string; url: string } | { error: string } {
	const link = parseQuizLink(url.searchParams, bank);
	if ('error' in link) return link;
	const seeded = new URL(url);
	seeded.searchParams.set('seed', link.seed ?? newSeed());
	seeded.hash = '';
	const seed = seeded.searchParams.get('seed')!;
	return { quiz: generate(bank, link.request, seed), title: link.title, url: seeded.href };
}

// Quizzes opened in this tab, by link: following "Show in the article" and coming back keeps the answers.
const open = new Map<string, { run: QuizRun; title: string }>();

/** The quiz a link asks for, ready to play (the same run again if this tab opened it before). */
export function openQuiz(
	bank: Bank,
	url: URL
): { run: QuizRun; title: string; url: string } | { error: string } {
	const result = seededQuiz(bank, url);
	if ('error' in result) return result;
	const key = `${bank.module}|${new URL(result.url).search}`;
	let entry = open.get(key);
	if (!entry) {
		entry = { run: new QuizRun(bank, result.quiz), title: result.title };
		open.set(key, entry);
	}
	return { ...entry, url: result.url };
}
