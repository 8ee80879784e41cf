import { SKILLS } from '../../src/lib/bank/vocabulary';
import { describe, expect, it } from 'vitest';
import type { QuestionInput } from '../../src/lib/question-types/registry.build';
import { bankToGift } from '../../src/lib/gift/export';
import { parseGift } from '../../src/lib/gift/parse';
import { EVIDENCE_PLACEHOLDER, giftToBank } from '../../src/lib/gift/to-bank';
import { readModule } from '../../src/lib/server/content';
import { SLUG } from './helpers';

/** What GIFT carries: everything but evidence, hints and the shuffle switch (listed by the export). */
function expressible(question: QuestionInput): Record<string, unknown> {
	const kept: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(question)) {
		if (!['evidence', 'hint', 'hints', 'shuffle'].includes(key) && value !== undefined)
			kept[key] = value;
	}
	// Skills travel as a Moodle category, written in the question format's order.
	kept.skills = SKILLS.filter((skill) => question.skills.includes(skill));
	return kept;
}

describe('the seed bank through GIFT and back', () => {
	const seed = readModule(SLUG).questions!;
	const exported = bankToGift(SLUG, seed);
	const parsed = parseGift(exported.gift, 'seed.gift');
	const imported = giftToBank(parsed.items, 'seed.gift');

	it('exports every question GIFT can express, and names the rest', () => {
		expect(seed).toHaveLength(74);
		expect(exported.exported).toBe(68);
		// The multi-gap fill-blanks: a GIFT missing-word question has one gap.
		expect(exported.skipped.map((s) => s.id)).toEqual([
			'troops-blank',
			'victory-blank',
			'bomber-blank',
			'weapons-blank',
			'consensus-blank',
			'un-mission-blank'
		]);
		expect(parsed.issues).toEqual([]);
		expect(imported.skipped).toEqual([]);
	});

	it('keeps type, prompt, options and correctness, answers, pairs, order, feedback, explanation, difficulty and skills', () => {
		const back = new Map(imported.questions.map((q) => [q.question.id, q.question]));
		const expected = seed.filter((q) => !exported.skipped.some((s) => s.id === q.id));
		expect(imported.questions.map((q) => q.question.id)).toEqual(expected.map((q) => q.id));
		for (const question of expected) {
			expect(expressible(back.get(question.id)!), question.id).toEqual(expressible(question));
		}
		// Every type GIFT can hold made the trip.
		expect(new Set(expected.map((q) => q.type))).toEqual(
			new Set(['single', 'multiple', 'true-false', 'fill-blank', 'short-answer', 'order', 'match'])
		);
	});

	it('leaves only the evidence to copy again from the article', () => {
		for (const { question } of imported.questions) {
			expect(question.evidence).toEqual([EVIDENCE_PLACEHOLDER]);
		}
		// Reading positions back as an order question is the one change worth telling.
		expect(new Set(imported.changed.map((n) => n.message))).toEqual(
			new Set(['a matching of positions (1st, 2nd, …) to items was read as an `order` question'])
		);
	});
});
