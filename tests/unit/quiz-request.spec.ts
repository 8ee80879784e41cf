import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/lib/bank/types';
import { generate } from '../../src/lib/quiz/generate';
import { MAX_QUIZ_LENGTH, parseQuizLink } from '../../src/lib/quiz/request';
import { shippedModule } from './helpers';

const byId = (bank: Bank, id: string) => bank.questions.find((q) => q.id === id)!;

describe('parseQuizLink', () => {
	const bank = shippedModule().bank!;
	const link = (query: string) => parseQuizLink(new URLSearchParams(query), bank);

	it('names a seed that is not one, so the quiz can say it is not the shared one', () => {
		for (const bad of ['../../etc', '<b>x</b>', 'x'.repeat(33), 'a b']) {
			const read = link(`preset=quick&seed=${encodeURIComponent(bad)}`);
			expect(read, bad).toMatchObject({ badSeed: bad, seed: undefined });
		}
		expect(link('preset=quick&seed=k3f9')).not.toHaveProperty('badSeed', expect.anything());
		expect(link('preset=quick&seed=')).toMatchObject({ badSeed: undefined, seed: undefined });
	});

	it('reads a preset and its seed', () => {
		expect(link('preset=quick&seed=k3f9')).toEqual({
			title: 'Quick check',
			rules: { tries: 1, penalty: 1 / 3 },
			preset: 'quick',
			seed: 'k3f9',
			request: { count: 8, types: undefined, difficulties: ['easy'], skills: undefined }
		});
	});

	it('a preset link gives a quiz that fits the preset', () => {
		const parsed = link('preset=timeline&seed=abc');
		if ('error' in parsed) throw new Error(parsed.error);
		const quiz = generate(bank, parsed.request, parsed.seed!);
		expect(quiz.items).toHaveLength(6);
		for (const item of quiz.items) {
			const question = byId(bank, item.id);
			expect(question.skills.some((s) => s === 'sequence' || s === 'cause-effect')).toBe(true);
		}
	});

	it('reports an unknown preset', () => {
		expect(link('preset=nope')).toEqual({
			error: 'There is no quiz called “nope” in this module.'
		});
	});

	it('ignores a bad seed rather than failing', () => {
		for (const seed of ['bad seed!', 'a'.repeat(33), '', '%3Cscript%3E']) {
			const parsed = link(`preset=quick&seed=${seed}`);
			expect(parsed).toMatchObject({ preset: 'quick', seed: undefined });
		}
	});

	it('reads a list of question ids, dropping unknown ones', () => {
		expect(link('ids=troop-level,not-a-question,meet-biden&seed=x1')).toEqual({
			title: 'Practice',
			rules: { tries: 1, penalty: 1 / 3 },
			seed: 'x1',
			request: { count: 2, include: ['troop-level', 'meet-biden'] }
		});
	});

	it('reports a list of ids none of which exist', () => {
		expect(link('ids=gone,also-gone')).toEqual({
			error: 'None of the questions in this link exist any more.'
		});
	});

	it('reads a custom mix of filters, ignoring unknown values', () => {
		expect(
			link(
				'types=single,multiple,singel&difficulty=easy&difficulty=hard&skills=recall,bogus&count=5'
			)
		).toEqual({
			title: 'Custom quiz',
			rules: { tries: 1, penalty: 1 / 3 },
			seed: undefined,
			request: {
				count: 5,
				types: ['single', 'multiple'],
				difficulties: ['easy', 'hard'],
				skills: ['recall']
			}
		});
	});

	it('defaults a custom quiz to 10 questions and keeps the count between 1 and the maximum', () => {
		const count = (query: string) => {
			const parsed = link(query);
			return 'error' in parsed ? parsed.error : parsed.request.count;
		};
		expect(count('')).toBe(10);
		expect(count('count=abc')).toBe(10);
		expect(count('count=0')).toBe(1);
		expect(count('count=-3')).toBe(1);
		expect(count('count=999')).toBe(MAX_QUIZ_LENGTH);
		expect(MAX_QUIZ_LENGTH).toBe(50);
	});

	it('leaves filters out when none are given', () => {
		expect(link('types=nothing')).toMatchObject({
			request: { types: undefined, difficulties: undefined, skills: undefined }
		});
	});
});
