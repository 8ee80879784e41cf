import { describe, expect, it } from 'vitest';
import { chooserFacts } from '../../src/lib/bank/chooser';
import { isBankFile, studentBank } from '../../src/lib/quiz/bank-file';
import { loadModules } from '../../src/lib/server/content';
import { bankOf, order, shortAnswer, single, trueFalse } from './questions';

const withPreset = () => ({
	...bankOf([single({ difficulty: 'hard' }), trueFalse(true, { skills: ['sequence'] })]),
	presets: [{ id: 'graded', title: 'Graded', count: 2, pass: 60, tries: 2, penalty: 0.5 }]
});

describe('the bank students get (bank-v1.json)', () => {
	it('holds no pass mark and no search-only text, and every other field as built', () => {
		const bank = withPreset();
		const shipped = studentBank(bank);
		expect(shipped.presets).toEqual([
			{ id: 'graded', title: 'Graded', count: 2, tries: 2, penalty: 0.5 }
		]);
		for (const [i, question] of shipped.questions.entries()) {
			expect(question).not.toHaveProperty('explanationText');
			const { explanationText: _text, ...rest } = bank.questions[i]!;
			expect(question).toEqual(rest);
		}
	});

	it('is what the shipped module’s players can use: every question, in order', () => {
		const bank = loadModules().find((m) => m.bank)!.bank!;
		const shipped: unknown = JSON.parse(JSON.stringify(studentBank(bank)));
		expect(isBankFile(shipped, bank.module)).toBe(true);
		expect((shipped as typeof bank).questions.map((q) => q.id)).toEqual(
			bank.questions.map((q) => q.id)
		);
		expect(JSON.stringify(shipped)).not.toContain('"explanationText"');
	});

	it('is refused when it is another module’s, or not a bank at all', () => {
		const shipped = studentBank(withPreset());
		expect(isBankFile(shipped, 'test')).toBe(true);
		expect(isBankFile(shipped, 'other')).toBe(false);
		expect(isBankFile('<!doctype html>', 'test')).toBe(false);
		expect(isBankFile({ ...shipped, questions: [{ id: 'x', type: 'essay' }] }, 'test')).toBe(false);
		expect(isBankFile({ ...shipped, presets: undefined }, 'test')).toBe(false);
	});
});

describe('the quiz chooser’s data', () => {
	it('names the presets and only the filters some question matches', () => {
		const facts = chooserFacts({
			...withPreset(),
			questions: [single({ difficulty: 'hard' }), order(3), shortAnswer(['x'])]
		});
		expect(facts.presets).toEqual([{ id: 'graded', title: 'Graded', count: 2 }]);
		expect(facts.types).toEqual(['single', 'short-answer', 'order']);
		expect(facts.difficulties).toEqual(['easy', 'hard']);
		expect(facts.skills).toEqual(['recall']);
	});
});
