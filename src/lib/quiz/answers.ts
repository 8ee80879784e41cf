import { playOf, type Question, type Response } from '../question-types/registry';
import { score, type Score } from './score';

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

/**
 * How a final answer is named: fully right; right in the end, but for less than the point (a
 * later try, or hints); partly right; or wrong. Only a wrong or partly right one needs the
 * answer shown beside it.
 */
export function verdictOf(
	question: Question,
	response: Response | undefined,
	result: Score
): { kind: 'right' | 'right-late' | 'partly' | 'wrong'; label: string; icon: string } {
	const percent = `${Math.round(result.score * 100)}%`;
	if (result.correct) return { kind: 'right', label: 'Correct', icon: '✓' };
	if (result.score > 0 && response?.type === question.type && score(question, response).correct)
		return { kind: 'right-late', label: `Right, for ${percent} of the point`, icon: '◐' };
	if (result.score > 0) return { kind: 'partly', label: `Partly right: ${percent}`, icon: '◐' };
	return { kind: 'wrong', label: 'Not quite', icon: '✗' };
}
