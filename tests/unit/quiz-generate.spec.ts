import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/lib/bank/types';
import { generate, type ProgressSummary, type QuizRequest } from '../../src/lib/quiz/generate';
import { shippedModule } from './helpers';
import {
	bankOf,
	fillBlank,
	match,
	multiple,
	order,
	shortAnswer,
	single,
	trueFalse
} from './questions';

const identity = (n: number) => Array.from({ length: n }, (_, i) => i);
const seeds = Array.from({ length: 200 }, (_, i) => `seed-${i}`);

/** A bank with every type, difficulty and a spread of skills. */
const mixed = bankOf([
	single({ id: 's1', difficulty: 'easy', skills: ['recall'] }),
	single({ id: 's2', difficulty: 'hard', skills: ['inference'] }),
	multiple([true, true, false, false], { id: 'm1', difficulty: 'medium', skills: ['recall'] }),
	trueFalse(true, { id: 't1', difficulty: 'easy', skills: ['main-idea'] }),
	trueFalse(false, { id: 't2', difficulty: 'medium', skills: ['cause-effect'] }),
	order(4, { id: 'o1', difficulty: 'medium', skills: ['sequence'] }),
	match(3, { id: 'x1', difficulty: 'hard', skills: ['vocabulary'] }),
	fillBlank([['a']], { id: 'f1', difficulty: 'easy', skills: ['vocabulary'] }),
	shortAnswer(['Biden'], { id: 'a1', difficulty: 'easy', skills: ['recall', 'inference'] }),
	shortAnswer(['Baghdad'], { id: 'a2', difficulty: 'hard', skills: ['recall'] })
]);
const ids = (bank: Bank, request: QuizRequest, seed = 'k3f9') =>
	generate(bank, request, seed).items.map((item) => item.id);

describe('generate', () => {
	it('is deterministic: the same seed gives the same ids, order and option order', () => {
		const shipped = shippedModule().bank!;
		const a = generate(shipped, { count: 20 }, 'k3f9');
		const b = generate(shipped, { count: 20 }, 'k3f9');
		expect(b).toEqual(a);
		expect(a.seed).toBe('k3f9');
		expect(a.items).toHaveLength(20);
	});

	it('gives a different quiz for a different seed', () => {
		const shipped = shippedModule().bank!;
		const a = generate(shipped, { count: 20 }, 'k3f9');
		const b = generate(shipped, { count: 20 }, 'k3fa');
		expect(b.items.map((i) => i.id)).not.toEqual(a.items.map((i) => i.id));
		// Over many seeds the first question varies.
		const firsts = new Set(seeds.map((s) => generate(shipped, { count: 5 }, s).items[0]!.id));
		expect(firsts.size).toBeGreaterThan(10);
	});

	it('same seed, same option order for every question of the shipped bank', () => {
		const shipped = shippedModule().bank!;
		const all = shipped.questions.length;
		const a = generate(shipped, { count: all }, 'class-7b');
		expect(generate(shipped, { count: all }, 'class-7b').items).toEqual(a.items);
		expect(new Set(a.items.map((i) => i.id)).size).toBe(all);
	});

	it('respects count, never repeating a question', () => {
		expect(ids(mixed, { count: 3 })).toHaveLength(3);
		expect(new Set(ids(mixed, { count: 10 })).size).toBe(10);
		expect(ids(mixed, { count: 50 })).toHaveLength(10);
		expect(ids(mixed, { count: 0 })).toEqual([]);
		expect(ids(mixed, { count: -2 })).toEqual([]);
	});

	it('draws only the requested types', () => {
		const chosen = ids(mixed, { count: 10, types: ['true-false', 'short-answer'] });
		expect(chosen.sort()).toEqual(['a1', 'a2', 't1', 't2']);
	});

	it('draws only the requested difficulties', () => {
		expect(ids(mixed, { count: 10, difficulties: ['hard'] }).sort()).toEqual(['a2', 's2', 'x1']);
	});

	it('draws questions practising any of the requested skills', () => {
		expect(ids(mixed, { count: 10, skills: ['inference', 'sequence'] }).sort()).toEqual([
			'a1',
			'o1',
			's2'
		]);
	});

	it('combines filters: every filter must match', () => {
		expect(
			ids(mixed, { count: 10, difficulties: ['easy'], skills: ['recall'], types: ['single'] })
		).toEqual(['s1']);
	});

	it('include draws exactly the listed questions, whatever the filters', () => {
		expect(ids(mixed, { count: 10, include: ['o1', 'a2'], types: ['single'] }).sort()).toEqual([
			'a2',
			'o1'
		]);
	});

	it('exclude leaves questions out, even when included', () => {
		expect(ids(mixed, { count: 10, exclude: ['s1', 's2'] }).sort()).not.toContain('s1');
		expect(ids(mixed, { count: 10, exclude: ['s1', 's2'] })).toHaveLength(8);
		expect(ids(mixed, { count: 10, include: ['s1', 't1'], exclude: ['s1'] })).toEqual(['t1']);
	});

	describe('priority with a progress summary', () => {
		const bank = bankOf(
			['m1', 'm2', 'd1', 'u1', 'u2', 'u3', 'r1', 'r2', 'r3'].map((id) => trueFalse(true, { id }))
		);
		const progress: ProgressSummary = {
			m1: { seen: true, missed: true },
			m2: { seen: true, missed: true, due: false },
			d1: { seen: true, missed: false, due: true },
			u2: { seen: false, missed: false },
			r1: { seen: true, missed: false },
			r2: { seen: true, missed: false, due: false },
			r3: { seen: true, missed: false }
		};

		it('draws missed and due questions first', () => {
			for (const seed of seeds.slice(0, 50)) {
				expect(ids(bank, { count: 3, progress }, seed).sort()).toEqual(['d1', 'm1', 'm2']);
			}
		});

		it('then unseen ones (no history counts as unseen)', () => {
			for (const seed of seeds.slice(0, 50)) {
				expect(ids(bank, { count: 6, progress }, seed).sort()).toEqual([
					'd1',
					'm1',
					'm2',
					'u1',
					'u2',
					'u3'
				]);
			}
		});

		it('and questions answered right last, picked at random among them', () => {
			const lastPicks = new Set(
				seeds.map((seed) =>
					ids(bank, { count: 7, progress }, seed).find((id) => id.startsWith('r'))
				)
			);
			expect(lastPicks).toEqual(new Set(['r1', 'r2', 'r3']));
		});

		it('picks at random within a tier and shuffles the quiz order', () => {
			const picks = new Set(seeds.map((seed) => ids(bank, { count: 1, progress }, seed)[0]));
			expect(picks).toEqual(new Set(['m1', 'm2', 'd1']));
			const orders = new Set(seeds.map((seed) => ids(bank, { count: 3, progress }, seed).join()));
			expect(orders.size).toBeGreaterThan(1);
		});

		it('ignores priority without a progress summary', () => {
			const picks = new Set(seeds.map((seed) => ids(bank, { count: 1 }, seed)[0]));
			expect(picks.size).toBe(9);
		});
	});

	it('never shows an order question already solved', () => {
		for (const length of [3, 4, 8]) {
			const bank = bankOf([order(length, { id: 'o' })]);
			for (const seed of seeds) {
				const [item] = generate(bank, { count: 1 }, seed).items;
				expect(item!.order).not.toEqual(identity(length));
				expect([...item!.order].sort((a, b) => a - b)).toEqual(identity(length));
			}
		}
	});

	it('shuffles order items even when shuffle is false', () => {
		const bank = bankOf([order(3, { id: 'o', shuffle: false })]);
		for (const seed of seeds.slice(0, 50)) {
			expect(generate(bank, { count: 1 }, seed).items[0]!.order).not.toEqual([0, 1, 2]);
		}
	});

	it('keeps option order with shuffle: false (single, multiple and match)', () => {
		const bank = bankOf([
			single({ id: 's', shuffle: false }),
			multiple([true, false, true, false, false], { id: 'm', shuffle: false }),
			match(5, { id: 'x', shuffle: false })
		]);
		for (const seed of seeds.slice(0, 50)) {
			const items = Object.fromEntries(
				generate(bank, { count: 3 }, seed).items.map((i) => [i.id, i.order])
			);
			expect(items).toEqual({ s: [0, 1, 2, 3], m: [0, 1, 2, 3, 4], x: [0, 1, 2, 3, 4] });
		}
	});

	it('shuffles options by default, always a permutation', () => {
		const bank = bankOf([single({ id: 's' }), match(4, { id: 'x' })]);
		const orders = new Set<string>();
		for (const seed of seeds.slice(0, 50)) {
			for (const item of generate(bank, { count: 2 }, seed).items) {
				expect([...item.order].sort()).toEqual(identity(4));
				orders.add(`${item.id}:${item.order.join()}`);
			}
		}
		expect(orders.size).toBeGreaterThan(10);
	});

	it('gives no display order to questions without options', () => {
		const bank = bankOf([trueFalse(true), fillBlank([['a']]), shortAnswer(['b'])]);
		expect(generate(bank, { count: 3 }, 's').items.map((i) => i.order)).toEqual([[], [], []]);
	});
});
