/** What a GIFT file holds, as Moodle's importer reads it, with the line each part came from. */

/** Moodle's text formats: `[markdown]`, `[html]`, `[plain]`, `[moodle]` (the default). */
export type GiftFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/** A piece of teacher text with its GIFT escapes already undone. */
export interface GiftText {
	text: string;
	format: GiftFormat;
}

/** One answer of a multiple-choice or short-answer question. */
export interface GiftAnswer {
	/** `=` marks a right answer, `~` any other (multiple choice only). */
	mark: '=' | '~';
	/** The `%n%` weight if written, in percent (may be negative). */
	weight?: number;
	text: GiftText;
	feedback?: GiftText;
	line: number;
}

/** One answer of a numerical question: `4`, `1822:5` (a tolerance) or `3.141..3.142` (a range). */
export interface GiftNumber {
	weight?: number;
	/** The number as written, or the range `min..max`. */
	value: string;
	/** True for one exact number (no tolerance, or a tolerance of 0). */
	exact: boolean;
	feedback?: GiftText;
	line: number;
}

export interface GiftPair {
	left: GiftText;
	right: string;
	line: number;
}

/** The answer block `{...}`, by the kind Moodle would make of it. */
export type GiftAnswers =
	| { kind: 'multichoice'; answers: GiftAnswer[] }
	| { kind: 'short'; answers: GiftAnswer[] }
	| { kind: 'truefalse'; answer: boolean; wrongFeedback?: GiftText; rightFeedback?: GiftText }
	| { kind: 'match'; pairs: GiftPair[] }
	| {
			kind: 'numerical';
			answers: GiftNumber[];
			/** `~#…` after the answers: Moodle's feedback for any other number. */
			otherFeedback?: GiftText;
	  }
	| { kind: 'essay' };

interface Located {
	/** 1-based line of the item's first character in the file. */
	line: number;
	column: number;
}

export interface GiftQuestion extends Located {
	kind: 'question';
	title?: string;
	/** The question text before the answer block. */
	before: GiftText;
	/** Text after the answer block: present only in the missing-word form (a gap mid-sentence). */
	after?: GiftText;
	answers: GiftAnswers;
	generalFeedback?: GiftText;
	/** Moodle's `// [id:…]` comment above the question (its “ID number”), with its line. */
	idNumber?: { value: string; line: number };
	/** Moodle's `// [tag:…]` comments above the question, each with its line. */
	tags?: { value: string; line: number }[];
}

/** `$CATEGORY: path`: the Moodle category the questions after it go into. */
export interface GiftCategory extends Located {
	kind: 'category';
	path: string;
}

/** Text with no answer block: Moodle makes a "description", which is not a question. */
export interface GiftDescription extends Located {
	kind: 'description';
	title?: string;
	text: GiftText;
}

export type GiftItem = GiftQuestion | GiftCategory | GiftDescription;
