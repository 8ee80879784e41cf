import type { Question } from '../question-types/registry';
import type { Difficulty, QuestionType, Skill } from './vocabulary';

/** Where an evidence quote sits: the paragraph, and the sentence that holds it (character offsets). */
export interface Evidence {
	quote: string;
	paragraph: string;
	/** Offsets of the whole sentence (or sentences) holding the quote, in the paragraph's text. */
	start: number;
	end: number;
	sentence: string;
}

export interface QuizFilters {
	types?: QuestionType[];
	difficulties?: Difficulty[];
	skills?: Skill[];
}

export interface Preset extends QuizFilters {
	id: string;
	title: string;
	description?: string;
	count: number;
	/** The pass mark in percent when the quiz is graded in an LMS. */
	pass?: number;
	/** Tries each question allows, and what each try after the first costs (quiz/tries.ts). */
	tries?: number;
	penalty?: number;
	/** `guided`: the preset's link opens guided reading (src/lib/reading) instead of the quiz. */
	mode?: 'guided';
}

/** A validated bank as the pages receive it. */
export interface Bank {
	module: string;
	presets: Preset[];
	questions: Question[];
}
