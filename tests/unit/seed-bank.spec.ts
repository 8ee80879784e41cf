import { describe, expect, it } from 'vitest';
import { matchesFilters } from '../../src/lib/bank/filters';
import { DIFFICULTIES, QUESTION_TYPES, SKILLS } from '../../src/lib/bank/schema';
import { readModule } from '../../src/lib/server/content';
import { SLUG, shippedModule, shippedParagraphs } from './helpers';

describe('the shipped question bank', () => {
	const bank = shippedModule().bank!;
	const questions = bank.questions;
	const tally = (values: string[]) =>
		values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

	it('loads with no issues', () => {
		expect(readModule(SLUG).issues).toEqual([]);
		expect(bank.module).toBe(SLUG);
	});

	it('has at least 50 questions with unique ids', () => {
		expect(questions.length).toBeGreaterThanOrEqual(50);
		expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
	});

	it.each(QUESTION_TYPES)('has at least 5 questions of type %s', (type) => {
		expect(tally(questions.map((q) => q.type))[type] ?? 0).toBeGreaterThanOrEqual(5);
	});

	it.each(DIFFICULTIES)('has %s questions', (difficulty) => {
		expect(questions.some((q) => q.difficulty === difficulty)).toBe(true);
	});

	it.each(SKILLS)('practises the skill %s', (skill) => {
		expect(questions.some((q) => q.skills.includes(skill))).toBe(true);
	});

	it('has evidence covering at least 80% of the article paragraphs', () => {
		const paragraphs = shippedParagraphs().map((p) => p.id);
		const covered = new Set(questions.flatMap((q) => q.evidence.map((e) => e.paragraph)));
		const share = paragraphs.filter((id) => covered.has(id)).length / paragraphs.length;
		expect(share).toBeGreaterThanOrEqual(0.8);
	});

	it('gives every question at least one evidence quote found in the article', () => {
		const texts = new Map(shippedParagraphs().map((p) => [p.id, p.text]));
		for (const q of questions) {
			expect(q.evidence.length, q.id).toBeGreaterThan(0);
			for (const e of q.evidence) {
				const text = texts.get(e.paragraph)!;
				expect(text.slice(e.start, e.end), q.id).toBe(e.sentence);
				expect(e.sentence, q.id).toContain(e.quote);
			}
		}
	});

	it('has at least 3 quiz presets, each with enough matching questions', () => {
		expect(bank.presets.length).toBeGreaterThanOrEqual(3);
		for (const preset of bank.presets) {
			const available = questions.filter((q) => matchesFilters(q, preset)).length;
			expect(available, preset.id).toBeGreaterThanOrEqual(preset.count);
		}
	});

	it('gives every question an explanation', () => {
		const missing = questions.filter((q) => !q.explanation.trim()).map((q) => q.id);
		expect(missing).toEqual([]);
	});

	it('keeps a plain-text copy of every explanation: the same words without markup', () => {
		const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
		const plain = (html: string) =>
			html
				.replace(/<[^>]+>/g, '')
				.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e]!);
		for (const q of questions) {
			expect(q.explanationText, q.id).not.toMatch(/<\/?[a-z]/i);
			expect(q.explanationText, q.id).toBe(plain(q.explanation));
		}
		const ruinous = questions.find((q) => q.explanation.includes('<em>ruinous</em>'))!;
		expect(ruinous.explanationText).toMatch(/^A ruinous war is one that brings ruin/);
	});

	it('has only well-formed questions of each type', () => {
		for (const q of questions) {
			if (q.type === 'single')
				expect(
					q.options.filter((o) => o.correct),
					q.id
				).toHaveLength(1);
			if (q.type === 'multiple')
				expect(
					q.options.some((o) => o.correct),
					q.id
				).toBe(true);
			if (q.type === 'order') expect(q.items.length, q.id).toBeGreaterThanOrEqual(3);
			if (q.type === 'match') expect(q.pairs.length, q.id).toBeGreaterThanOrEqual(3);
			if (q.type === 'fill-blank') {
				const gaps = q.parts.filter((p) => 'blank' in p).length;
				expect(gaps, q.id).toBe(q.blanks.length);
			}
			if (q.type === 'short-answer') expect(q.answers.length, q.id).toBeGreaterThan(0);
		}
	});
});
