/**
 * A question's `checkpoint` field, for guided reading: `true` or `false` chooses whether it is a
 * checkpoint; a paragraph (`7`, `p-7` or `¶7`) pins it after that paragraph.
 */
export type Checkpoint = boolean | string;

/** The paragraph id (`p-7`) a pin names, or undefined when it names none in this form. */
export function pinnedParagraph(value: string): string | undefined {
	const number = /^\s*(?:p-|¶\s*)?(\d+)\s*$/i.exec(value)?.[1];
	return number === undefined ? undefined : `p-${Number(number)}`;
}
