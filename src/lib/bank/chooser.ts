import { matchesFilters } from './filters';
import type { Bank, Preset } from './types';
import { DIFFICULTIES, QUESTION_TYPES, SKILLS } from './vocabulary';
import type { Difficulty, QuestionType, Skill } from './vocabulary';

/** What the quiz chooser shows of a bank: its presets, and the filters some question matches. */
export interface ChooserFacts {
	presets: Pick<Preset, 'id' | 'title' | 'description' | 'count' | 'mode'>[];
	types: QuestionType[];
	difficulties: Difficulty[];
	skills: Skill[];
}

/** Worked out at build time, so the chooser's page carries a few lines rather than the bank. */
export function chooserFacts(bank: Bank): ChooserFacts {
	const some = (filters: Parameters<typeof matchesFilters>[1]) =>
		bank.questions.some((q) => matchesFilters(q, filters));
	return {
		presets: bank.presets.map(({ id, title, description, count, mode }) => ({
			id,
			title,
			count,
			...(description ? { description } : {}),
			...(mode ? { mode } : {})
		})),
		types: QUESTION_TYPES.filter((type) => some({ types: [type] })),
		difficulties: DIFFICULTIES.filter((difficulty) => some({ difficulties: [difficulty] })),
		skills: SKILLS.filter((skill) => some({ skills: [skill] }))
	};
}
