import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/lib/bank/types';
import { evidenceByParagraph } from '../../src/lib/quiz/evidence';
import { shippedModule } from './helpers';

const ev = (paragraph: string, start: number, end: number, sentence: string): Evidence => ({
	quote: sentence.slice(0, 5),
	paragraph,
	start,
	end,
	sentence
});

describe('evidence grouped by paragraph', () => {
	it('shows a sentence quoted twice once, with one link to its paragraph', () => {
		const groups = evidenceByParagraph([ev('p-8', 0, 40, 'S1.'), ev('p-8', 0, 40, 'S1.')]);
		expect(groups).toEqual([
			{
				paragraph: 'p-8',
				number: 8,
				sentences: ['S1.'],
				highlight: { paragraph: 'p-8', start: 0, end: 40 }
			}
		]);
	});

	it('lists two sentences of one paragraph in the article’s order and highlights both', () => {
		const groups = evidenceByParagraph([
			ev('p-7', 50, 90, 'Second.'),
			ev('p-12', 0, 10, 'Other.'),
			ev('p-7', 0, 40, 'First.')
		]);
		expect(groups.map((g) => g.paragraph)).toEqual(['p-7', 'p-12']);
		expect(groups[0]).toMatchObject({
			sentences: ['First.', 'Second.'],
			highlight: { paragraph: 'p-7', start: 0, end: 90 }
		});
	});

	it('gives every shipped question one entry per paragraph it quotes', () => {
		for (const question of shippedModule().bank!.questions) {
			const groups = evidenceByParagraph(question.evidence);
			const paragraphs = new Set(question.evidence.map((e) => e.paragraph));
			expect(groups).toHaveLength(paragraphs.size);
			for (const g of groups) expect(new Set(g.sentences).size).toBe(g.sentences.length);
		}
	});
});
