import type { Question } from '$lib/question-types/registry';
import type { QuizItem } from '$lib/quiz/generate';

/** What each printed question body gets from Worksheet: the question and its display order. */
export interface PrintedProps<Q extends Question> {
	question: Q;
	item: QuizItem;
}
