/**
 * What read-aloud says, and in what order: the article's blocks from one on, split into sentences
 * (one utterance each, so the sentence being read can be highlighted and a pause resumes at its
 * start). Plain strings in, offsets out: the page maps them back onto its text.
 */

/** A stretch of one block's text, by character offsets into that text. */
export interface Sentence {
	/** The block (its element id) the sentence is in. */
	block: string;
	start: number;
	end: number;
	text: string;
}

/** A block as read-aloud sees it: its id and the text a reader sees in it. */
export interface ReadableBlock {
	id: string;
	text: string;
}

/**
 * The sentences of a text, by the browser's own rules for the language (Intl.Segmenter: "Mr Al
 * Kadhimi" and "2.5" do not end a sentence). Spaces around a sentence are left out of its range,
 * and a stretch with no letter or digit (a lone dash, "¶") is not a sentence.
 */
export function sentences(text: string, lang = 'en'): { start: number; end: number }[] {
	const found: { start: number; end: number }[] = [];
	for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(
		text
	)) {
		const lead = segment.length - segment.trimStart().length;
		const trimmed = segment.trim();
		if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
		found.push({ start: index + lead, end: index + lead + trimmed.length });
	}
	return found;
}

/** Every sentence from the block `from` on (from the first block when it is not found). */
export function queueFrom(
	blocks: readonly ReadableBlock[],
	from: string | undefined,
	lang = 'en'
): Sentence[] {
	const first = Math.max(
		0,
		blocks.findIndex((b) => b.id === from)
	);
	return blocks.slice(first).flatMap((block) =>
		sentences(block.text, lang).map(({ start, end }) => ({
			block: block.id,
			start,
			end,
			text: block.text.slice(start, end)
		}))
	);
}

/** Where a block sits on screen, as getBoundingClientRect gives it. */
export interface BlockBox {
	id: string;
	top: number;
	bottom: number;
}

/**
 * The block reading starts at: the one holding focus, if any; else the first whose text shows
 * below the sticky bar (`viewTop`), a block cut by the bar counting when most of a line of it
 * shows (`line` px). Undefined when the whole article is above or below the screen.
 */
export function startBlock(
	boxes: readonly BlockBox[],
	view: { top: number; bottom: number },
	focused?: string,
	line = 24
): string | undefined {
	if (focused && boxes.some((b) => b.id === focused)) return focused;
	return boxes.find((b) => b.bottom - line >= view.top && b.top < view.bottom)?.id;
}
