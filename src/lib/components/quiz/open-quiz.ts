import type { Bank } from '$lib/bank/types';
import { seededQuiz } from '$lib/quiz/seeded-quiz';
import { QuizRun } from './quiz-run.svelte';

// Beside the quiz components, not in $lib/quiz: it makes the reactive QuizRun ($state runes).
// Quizzes opened in this tab, by link: following "Show in the article" and coming back keeps the answers.
const open = new Map<string, { run: QuizRun; title: string }>();

/** The quiz a link asks for, ready to play (the same run again if this tab opened it before). */
export function openQuiz(
	bank: Bank,
	url: URL
): { run: QuizRun; title: string; url: string; badSeed?: string } | { error: string } {
	const result = seededQuiz(bank, url);
	if ('error' in result) return result;
	const key = `${bank.module}|${new URL(result.url).search}`;
	let entry = open.get(key);
	if (!entry) {
		entry = {
			run: new QuizRun(bank, result.quiz, result.rules, result.hard),
			title: result.title
		};
		open.set(key, entry);
	}
	return { ...entry, url: result.url, badSeed: result.badSeed };
}
