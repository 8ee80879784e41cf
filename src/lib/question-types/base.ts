import type { Checkpoint } from '../bank/checkpoint';
import type { Evidence } from '../bank/types';
import type { Difficulty, Skill } from '../bank/vocabulary';

/** What every question has, whatever its type (each type adds its answer fields). */
export interface BaseQuestion {
	id: string;
	/** Inline HTML rendered at build time from the teacher's Markdown (safe). */
	prompt: string;
	promptText: string;
	explanation: string;
	/** The explanation as plain text, for the search index: built, but not in `bank-v1.json`. */
	explanationText?: string;
	/** Hints as inline HTML (safe), shown one at a time; absent when the question has none. */
	hints?: string[];
	evidence: Evidence[];
	difficulty: Difficulty;
	skills: Skill[];
	shuffle: boolean;
	/** Guided reading: chosen (true) or left out (false) as a checkpoint, or pinned after a paragraph (`p-7`); absent when not set. */
	checkpoint?: Checkpoint;
}
