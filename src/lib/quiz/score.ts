import { playOf, type Question, type Response } from '../question-types/registry';
import { result, type Score } from '../question-types/play-kit';

export type { Response, Score };

export function score(question: Question, response: Response): Score {
	if (response.type !== question.type) return result(0);
	return playOf(question.type).score(question, response);
}

/** Whether the student has given enough to check the answer. */
export function isAnswered(response: Response | undefined): boolean {
	return !!response && playOf(response.type).isAnswered(response);
}
