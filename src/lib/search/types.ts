import type { Article } from '../content/types';
import type { GlossaryEntry } from '../glossary/types';
import type { Question } from '../question-types/registry';

/** The parts of a module search reads (kept structural so this file needs no server code). */
export interface StudyModuleLike {
	slug: string;
	article: Article;
	glossary: GlossaryEntry[];
	bank?: { questions: Question[] };
}
