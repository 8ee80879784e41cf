/**
 * What each question type gives the build: its schema (checked with teacher-grade errors), how it
 * becomes the question the pages receive, and how it is written to GIFT. Build time only: zod and
 * markdown-it must never reach a browser bundle (see play-kit.ts for the browser half).
 */
import { z } from 'zod';
import { renderInline } from '../content/markdown';
import { normaliseAnswer } from '../text/normalise-answer';
import { listOf, slug, text } from '../validation/fields';
import { DIFFICULTIES, SKILLS } from '../bank/vocabulary';
import type { BaseQuestion } from './base';
import { answerKey, type OtherName } from './typed-answer';

/** The fields every question has, whatever its type. */
export const common = {
	id: slug().describe(
		'Stable identifier, lowercase with hyphens (e.g. `troop-level`). Progress is saved against it: do not change it once students use the bank.'
	),
	prompt: text().describe('The question as the student reads it (inline Markdown).'),
	explanation: text().describe('Why the answer is right, shown after checking (inline Markdown).'),
	evidence: listOf(text(), 1).describe(
		'One or more quotes copied word for word from the article. Each must appear in exactly one paragraph; feedback links to its sentence.'
	),
	difficulty: z.enum(DIFFICULTIES).describe('easy, medium or hard.'),
	skills: listOf(z.enum(SKILLS), 1).describe(
		'What the question practises: recall, vocabulary, sequence, cause-effect, inference, main-idea.'
	),
	hint: text()
		.optional()
		.describe(
			'One hint the student can reveal (inline Markdown); the same as `hints` with one item.'
		),
	hints: listOf(text(), 1)
		.optional()
		.describe(
			'Hints shown one at a time (inline Markdown): the student may reveal the next before checking, and a quiz that allows several tries shows the next after each wrong try. Never printed on worksheets.'
		),
	shuffle: z
		.boolean()
		.optional()
		.describe(
			'Set to false to keep options (or match answers) in the order written. Default: true.'
		),
	checkpoint: z
		.union([z.boolean(), text()])
		.optional()
		.describe(
			'Guided reading: `true` makes this question a checkpoint (once any question says so, only those are), `false` never; a paragraph number (`7` or `p-7`) pins it after that paragraph. Default: after the last paragraph its evidence quotes.'
		)
};

export type Refinement = z.core.$RefinementCtx<unknown>;

/** A problem a schema cannot express, reported like zod's own (see validation/zod-issues.ts). */
export function issue(
	ctx: Refinement,
	path: PropertyKey[],
	message: string,
	detail: Record<string, string>
) {
	ctx.addIssue({ code: 'custom', path, message, params: detail, input: undefined });
}

/**
 * Reports each value that repeats an earlier one, compared as typed answers are; values made only
 * of symbols (`==`, `!=`, `<=`), which that comparison reduces to nothing, are compared as written.
 */
export function noDuplicates(
	ctx: Refinement,
	values: string[],
	path: (index: number) => PropertyKey[],
	what: string
) {
	const seen = new Map<string, number>();
	values.forEach((value, index) => {
		const key = normaliseAnswer(value) || `\u0000${value.replace(/\s+/g, ' ').trim()}`;
		const first = seen.get(key);
		if (first !== undefined) {
			issue(ctx, path(index), `${what} ${index + 1} repeats ${what} ${first + 1} ("${value}")`, {
				expected: `every ${what} different`,
				found: `"${value}" twice`,
				fix: `Change or remove one of the two.`
			});
		} else seen.set(key, index);
	});
}

/** Optional inline Markdown as HTML. */
export const html = (source: string | undefined) =>
	source === undefined ? undefined : renderInline(source);

/** GIFT writing, as gift/export.ts does it, for the question being written. */
export interface GiftWriter {
	/** Teacher text with GIFT's special characters escaped. */
	escape(text: string): string;
	/**
	 * `=answer` of a short answer or gap: `*` escaped as `\*` (Moodle's wildcard otherwise) unless
	 * `wildcard`, and an explicit `%100%` before an answer starting with `%`, which Moodle would read as a weight.
	 */
	typed(answer: string, options?: { wildcard?: boolean }): string;
	/** `%0%` where a wrong option's text starts with `%`, so Moodle does not read it as a weight. */
	weightGuard(text: string): string;
	/** `#feedback`, or nothing. */
	feedback(text: string | undefined): string;
	/** An answer block, one answer a line, the explanation as general feedback. */
	block(lines: string[]): string;
	/** `::id::[markdown]prompt{…}`, the answers inline where the prompt has a gap followed by more text. */
	question(prompt: string, answers: string): string;
	/** 1st, 2nd, 3rd… */
	ordinal(n: number): string;
	/** The glossary's other names for accepted answers (Moodle accepts only what it is given). */
	otherNames: OtherNamesOf;
}

/** A question as GIFT, or why it cannot be. */
export type GiftWritten =
	| {
			text: string;
			/** A `//` comment written above the question. */
			comment?: string;
			/** Something the teacher should know about how it was written. */
			note?: string;
	  }
	| { skip: string };

/** The glossary's other names for an accepted answer that is one of its terms. */
export type OtherNamesOf = (accepted: readonly string[]) => OtherName[];

/**
 * Looks up other names in a glossary: a term's aliases, for an accepted answer that is the term
 * (compared as typed answers are), leaving out names already accepted.
 */
export function glossaryNames(
	glossary: readonly { term: string; aliases: readonly string[] }[]
): OtherNamesOf {
	if (!glossary.length) return () => [];
	const byTerm = new Map(glossary.map((entry) => [answerKey(entry.term), entry]));
	return (accepted) => {
		const keys = accepted.map(answerKey);
		const taken = new Set(keys);
		const names: OtherName[] = [];
		for (const key of keys) {
			const entry = byTerm.get(key);
			for (const name of entry?.aliases ?? []) {
				if (taken.has(answerKey(name))) continue;
				taken.add(answerKey(name));
				names.push({ name, of: entry!.term });
			}
		}
		return names;
	};
}

/** Optional: set to false when the question asks for one name and its glossary aliases must not count. */
export const acceptAliases = z
	.boolean()
	.optional()
	.describe(
		'Whether the glossary’s other names for an accepted answer are accepted too (“Daesh” where “ISIS” is). Default: true; set to false when the question asks for one particular name.'
	);

/** One question type at build time. */
export interface QuestionTypeBuild<S extends z.ZodType, Q> {
	schema: S;
	/** The question the pages receive, from the checked input, the fields every type has, and the glossary's other names. */
	build(input: z.output<S>, base: BaseQuestion, otherNames: OtherNamesOf): Q;
	toGift(input: z.output<S>, gift: GiftWriter): GiftWritten;
}
