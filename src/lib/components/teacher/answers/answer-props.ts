import type { Question } from '$lib/question-types/registry';

/** What each answer block of the teacher view gets: the question, options in the bank's order. */
export interface AnswerProps<Q extends Question> {
	question: Q;
}
