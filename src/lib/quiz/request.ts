import type { Bank, Preset } from '../bank/types';
import {
	DIFFICULTIES,
	QUESTION_TYPES,
	SKILLS,
	type Difficulty,
	type QuestionType,
	type Skill
} from '../bank/vocabulary';
import type { QuizRequest } from './generate';
import { isSeed } from './random';
import { tryRules, type TryRules } from './tries';

/** What a quiz link asks for: `?preset=quick&seed=k3f9`, a custom mix, or `?ids=a,b`. */
export interface QuizLink {
	title: string;
	request: QuizRequest;
	seed?: string;
	preset?: string;
	/** A `seed` the link gave that is not one (see isSeed): the quiz gets a new one, and says so. */
	badSeed?: string;
	/** How many tries each question allows: the preset's, else one. */
	rules: TryRules;
	/** Questions the student keeps missing (`hard=`, from /progress/): the quiz offers the paragraph to re-read. */
	hard?: string[];
}

const pick = <T extends string>(
	params: URLSearchParams,
	key: string,
	allowed: readonly T[]
): T[] | undefined => {
	const values = params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.filter((v): v is T => allowed.includes(v as T));
	return values.length ? values : undefined;
};

export const MAX_QUIZ_LENGTH = 50;

/** Reads a quiz link; anything unknown in it is ignored rather than breaking the page. */
export function parseQuizLink(params: URLSearchParams, bank: Bank): QuizLink | { error: string } {
	const seedParam = params.get('seed');
	const seed = isSeed(seedParam) ? seedParam : undefined;
	const badSeed = seedParam && !seed ? seedParam : undefined;
	const presetId = params.get('preset');
	if (presetId) {
		const preset = bank.presets.find((p) => p.id === presetId);
		if (!preset) return { error: `There is no quiz called “${presetId}” in this module.` };
		return {
			title: preset.title,
			request: presetRequest(preset),
			seed,
			badSeed,
			preset: preset.id,
			rules: tryRules(preset)
		};
	}
	const ids = params.get('ids');
	if (ids) {
		const known = new Set(bank.questions.map((q) => q.id));
		const include = ids.split(',').filter((id) => known.has(id));
		if (!include.length) return { error: 'None of the questions in this link exist any more.' };
		const hard = params
			.get('hard')
			?.split(',')
			.filter((id) => include.includes(id));
		return {
			title: 'Practice',
			request: { count: include.length, include },
			seed,
			badSeed,
			rules: tryRules(),
			...(hard?.length ? { hard } : {})
		};
	}
	const asked = Number.parseInt(params.get('count') ?? '', 10);
	const count = Math.min(MAX_QUIZ_LENGTH, Math.max(1, Number.isFinite(asked) ? asked : 10));
	return {
		title: 'Custom quiz',
		request: {
			count,
			types: pick<QuestionType>(params, 'types', QUESTION_TYPES),
			difficulties: pick<Difficulty>(params, 'difficulty', DIFFICULTIES),
			skills: pick<Skill>(params, 'skills', SKILLS)
		},
		seed,
		badSeed,
		rules: tryRules()
	};
}

export function presetRequest(preset: Preset): QuizRequest {
	return {
		count: preset.count,
		types: preset.types,
		difficulties: preset.difficulties,
		skills: preset.skills
	};
}
