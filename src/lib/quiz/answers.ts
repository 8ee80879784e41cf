import { playOf, type Question, type Response } from '../question-types/registry';

/** The right answer in words, for feedback and the results page. */
export function rightAnswer(question: Question): string[] {
	return playOf(question.type).rightAnswer(question);
}

/** What the student answered, in words. */
export function givenAnswer(question: Question, response: Response | undefined): string[] {
	if (!response || response.type !== question.type) return [];
	return playOf(question.type).givenAnswer(question, response);
}

/** Feedback the teacher wrote for what the student chose. */
export function choiceFeedback(question: Question, response: Response | undefined): string[] {
	if (!response || response.type !== question.type) return [];
	return playOf(question.type).choiceFeedback?.(question, response) ?? [];
}
