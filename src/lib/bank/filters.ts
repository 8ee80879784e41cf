import type { QuizFilters } from './types';
import type { Difficulty, QuestionType, Skill } from './vocabulary';

/** A question qualifies when it matches every filter given (any of the listed values). */
export function matchesFilters(
	question: { type: QuestionType; difficulty: Difficulty; skills: readonly Skill[] },
	filters: QuizFilters
): boolean {
	if (filters.types?.length && !filters.types.includes(question.type)) return false;
	if (filters.difficulties?.length && !filters.difficulties.includes(question.difficulty))
		return false;
	if (filters.skills?.length && !question.skills.some((skill) => filters.skills!.includes(skill)))
		return false;
	return true;
}
