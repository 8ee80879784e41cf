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

interface BaseQuestion {
	id: string;
	type: QuestionType;
	/** Inline HTML rendered at build time from the teacher's Markdown (safe). */
	prompt: string;
	promptText: string;
	explanation: string;
	explanationText: string;
	hint?: string;
	evidence: Evidence[];
	difficulty: Difficulty;
	skills: Skill[];
	shuffle: boolean;
}

export interface Option {
	html: string;
	text: string;
	correct: boolean;
	feedback?: string;
}

export interface SingleQuestion extends BaseQuestion {
	type: 'single';
	options: Option[];
}
export interface MultipleQuestion extends BaseQuestion {
	type: 'multiple';
	options: Option[];
}
export interface TrueFalseQuestion extends BaseQuestion {
	type: 'true-false';
	answer: boolean;
	feedbackTrue?: string;
	feedbackFalse?: string;
}
export interface FillBlankQuestion extends BaseQuestion {
	type: 'fill-blank';
	/** The sentence split at its gaps: HTML pieces and gap numbers (0-based). */
	parts: ({ html: string } | { blank: number })[];
	blanks: string[][];
	/** The sentence as plain text with a line for each gap (what search shows). */
	gappedText: string;
}
export interface ShortAnswerQuestion extends BaseQuestion {
	type: 'short-answer';
	answers: string[];
}
export interface OrderQuestion extends BaseQuestion {
	type: 'order';
	/** In the correct order. */
	items: { html: string; text: string }[];
}
export interface MatchQuestion extends BaseQuestion {
	type: 'match';
	pairs: { left: string; leftText: string; right: string; rightText: string }[];
}

export type Question =
	| SingleQuestion
	| MultipleQuestion
	| TrueFalseQuestion
	| FillBlankQuestion
	| ShortAnswerQuestion
	| OrderQuestion
	| MatchQuestion;

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
}

/** A validated bank as the pages receive it. */
export interface Bank {
	module: string;
	presets: Preset[];
	questions: Question[];
}
