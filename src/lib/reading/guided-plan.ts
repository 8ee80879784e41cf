import type { Block } from '../content/types';
import type { Question } from '../question-types/registry';
import { words } from '../text/words';

/**
 * Guided reading: where each checkpoint sits in the article, and how much of the article a
 * reader has reached. A checkpoint is a paragraph after which one or more questions are asked;
 * the text after it is not shown until they are settled.
 */
export interface Checkpoint {
	/** The paragraph the questions follow (`p-7`). */
	paragraph: string;
	/** Question ids, in the order asked. */
	ids: string[];
}

/**
 * With no checkpoints chosen in the question file, one comes after the first paragraph that a
 * question is placed at once at least this many words have been read since the last one: about
 * a minute of reading, so a news article of 900 words gets six or seven questions.
 */
export const DEFAULT_SPACING_WORDS = 120;

type Placed = Pick<Question, 'id' | 'evidence' | 'checkpoint'>;

/** Each paragraph's position in the article, for ordering. */
const positions = (blocks: readonly Block[]) =>
	new Map(blocks.map((block, index) => [block.id, index]));

/**
 * The paragraph a question is asked after: its pin, else the last paragraph (in the article's
 * order) its evidence quotes, so everything the answer rests on has been read.
 */
export function placement(question: Placed, blocks: readonly Block[]): string | undefined {
	const at = positions(blocks);
	if (typeof question.checkpoint === 'string' && at.has(question.checkpoint))
		return question.checkpoint;
	let last: string | undefined;
	for (const { paragraph } of question.evidence)
		if (at.has(paragraph) && (last === undefined || at.get(paragraph)! > at.get(last)!))
			last = paragraph;
	return last;
}

/** Questions the file chose (`checkpoint: true` or a pin); none means the default choice applies. */
const chosen = (question: Placed) =>
	question.checkpoint === true || typeof question.checkpoint === 'string';

/**
 * The questions of a module's guided reading, when no preset picks them: those the file chose
 * as checkpoints, or else one at a time spaced by DEFAULT_SPACING_WORDS (the first in the file
 * placed at each such paragraph). Never one marked `checkpoint: false`.
 */
export function defaultCheckpoints(
	questions: readonly Placed[],
	blocks: readonly Block[]
): string[] {
	const eligible = questions.filter((q) => q.checkpoint !== false);
	if (eligible.some(chosen)) return eligible.filter(chosen).map((q) => q.id);
	const firstAt = new Map<string, string>();
	for (const question of eligible) {
		const paragraph = placement(question, blocks);
		if (paragraph && !firstAt.has(paragraph)) firstAt.set(paragraph, question.id);
	}
	const ids: string[] = [];
	let read = 0;
	for (const block of blocks) {
		read += words(block.text).length;
		const id = firstAt.get(block.id);
		if (id && read >= DEFAULT_SPACING_WORDS) {
			ids.push(id);
			read = 0;
		}
	}
	return ids;
}

/** The checkpoints of the given questions, in the article's order (questions at one paragraph together, in the order given). */
export function planCheckpoints(
	questions: readonly Placed[],
	blocks: readonly Block[]
): Checkpoint[] {
	const at = positions(blocks);
	const byParagraph = new Map<string, string[]>();
	for (const question of questions) {
		// Evidence is checked at build time, so every question has a place; the end is a safe default.
		const paragraph = placement(question, blocks) ?? blocks.at(-1)?.id;
		if (paragraph) byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), question.id]);
	}
	return [...byParagraph]
		.map(([paragraph, ids]) => ({ paragraph, ids }))
		.sort((a, b) => at.get(a.paragraph)! - at.get(b.paragraph)!);
}

/** How far a reader has come: the checkpoint being asked (plan.length when all are settled). */
export function currentCheckpoint(plan: readonly Checkpoint[], settled: (id: string) => boolean) {
	const index = plan.findIndex((checkpoint) => !checkpoint.ids.every(settled));
	return index === -1 ? plan.length : index;
}

/** One stretch of the article and the checkpoint that ends it (none after the last). */
export interface Part {
	blocks: Block[];
	checkpoint?: Checkpoint;
}

/**
 * The article cut at its checkpoints, up to the one being asked (`current`): the reader sees
 * these parts and nothing after them.
 */
export function partsUpTo(
	plan: readonly Checkpoint[],
	blocks: readonly Block[],
	current: number
): Part[] {
	const parts: Part[] = [];
	let from = 0;
	for (const checkpoint of plan.slice(0, current + 1)) {
		const end = blocks.findIndex((block) => block.id === checkpoint.paragraph) + 1;
		parts.push({ blocks: blocks.slice(from, end), checkpoint });
		from = end;
	}
	if (current >= plan.length) parts.push({ blocks: blocks.slice(from) });
	return parts;
}
