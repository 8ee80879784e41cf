import { describe, expect, it } from 'vitest';
import { countFacets, paragraphCoverage } from '../../src/lib/bank/coverage';
import type { Question } from '../../src/lib/question-types/registry';
import { readModule } from '../../src/lib/server/content';

const question = (id: string, paragraphs: string[], extra: Partial<Question> = {}): Question =>
	({
		id,
		type: 'true-false',
		answer: true,
		prompt: id,
		promptText: id,
		explanation: '',
		explanationText: '',
		difficulty: 'easy',
		skills: ['recall'],
		shuffle: false,
		evidence: paragraphs.map((paragraph) => ({
			quote: 'q',
			paragraph,
			start: 0,
			end: 1,
			sentence: 'q'
		})),
		...extra
	}) as Question;

describe('paragraph coverage', () => {
	it('lists the citing questions per paragraph, once each, and leaves gaps empty', () => {
		const coverage = paragraphCoverage(
			[question('a', ['p-1', 'p-1', 'p-3']), question('b', ['p-3'])],
			['p-1', 'p-2', 'p-3']
		);
		expect([...coverage]).toEqual([
			['p-1', ['a']],
			['p-2', []],
			['p-3', ['a', 'b']]
		]);
	});

	it('covers every paragraph of the seed article', () => {
		const { module } = readModule('kadhimi-us-troops-2021');
		const paragraphs = module!.article.blocks.filter((b) => b.kind === 'paragraph');
		const coverage = paragraphCoverage(
			module!.bank!.questions,
			paragraphs.map((p) => p.id)
		);
		expect(coverage.size).toBe(paragraphs.length);
		expect([...coverage.values()].filter((ids) => ids.length === 0)).toEqual([]);
	});
});

describe('facet counts', () => {
	it('counts every type, difficulty and skill, zeros included', () => {
		const counts = countFacets([
			question('a', [], { difficulty: 'hard', skills: ['recall', 'inference'] }),
			question('b', [], { type: 'short-answer', answers: ['x'] } as Partial<Question>)
		]);
		expect(counts.types['true-false']).toBe(1);
		expect(counts.types['short-answer']).toBe(1);
		expect(counts.types.match).toBe(0);
		expect(counts.difficulties).toEqual({ easy: 1, medium: 0, hard: 1 });
		expect(counts.skills.recall).toBe(2);
		expect(counts.skills.inference).toBe(1);
	});
});
