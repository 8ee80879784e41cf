import type { Question } from '../question-types/registry';
import { DIFFICULTIES, QUESTION_TYPES, SKILLS } from './vocabulary';
import type { Difficulty, QuestionType, Skill } from './vocabulary';

export interface FacetCounts {
	types: Record<QuestionType, number>;
	difficulties: Record<Difficulty, number>;
	skills: Record<Skill, number>;
}

const zeros = <T extends string>(keys: readonly T[]) =>
	Object.fromEntries(keys.map((key) => [key, 0])) as Record<T, number>;

/** How many questions there are of each type, difficulty and skill (a question counts once per skill it has). */
export function countFacets(questions: readonly Question[]): FacetCounts {
	const counts: FacetCounts = {
		types: zeros(QUESTION_TYPES),
		difficulties: zeros(DIFFICULTIES),
		skills: zeros(SKILLS)
	};
	for (const question of questions) {
		counts.types[question.type]++;
		counts.difficulties[question.difficulty]++;
		for (const skill of question.skills) counts.skills[skill]++;
	}
	return counts;
}

/**
 * For each paragraph, in article order, the questions whose evidence cites it (each question
 * once, in bank order). Paragraphs no question cites have an empty list: the gaps to fill.
 */
export function paragraphCoverage(
	questions: readonly Question[],
	paragraphIds: readonly string[]
): Map<string, string[]> {
	const coverage = new Map(paragraphIds.map((id) => [id, [] as string[]]));
	for (const question of questions) {
		for (const paragraph of new Set(question.evidence.map((e) => e.paragraph))) {
			coverage.get(paragraph)?.push(question.id);
		}
	}
	return coverage;
}
