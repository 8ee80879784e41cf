import type { QuestionType } from '../bank/vocabulary';
import type { HandIn } from '../handin/format';

/** A question of the site's banks, as the class results page knows it (built at build time). */
export interface QuestionInfo {
	module: string;
	id: string;
	/** Its place in the bank, from 1. */
	number: number;
	type: QuestionType;
	text: string;
	/** questionHash() of the question now. */
	hash: string;
	/** For choice questions (single, multiple, true-false): what each option says, and which are right. */
	options?: { label: string; correct: boolean }[];
	/** Where it is written: `questions/<slug>.yaml` and the line of its `- id:`. */
	file: string;
	line: number;
}

/** A hand-in as the teacher keeps it. */
export interface Received {
	/** attemptKey(): the same attempt added twice is one. */
	key: string;
	handIn: HandIn;
	/** The hand-in's text, kept as it came, so nothing is lost if the page reads it differently later. */
	text: string;
	addedAt: number;
}

/** `module/id`: question ids are unique within a module only. */
export const questionKey = (module: string, id: string) => `${module}/${id}`;
