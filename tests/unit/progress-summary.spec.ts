import { describe, expect, it } from 'vitest';
import { summarise, type QuestionFacts } from '../../src/lib/progress/summary';

const M = 'kadhimi-us-troops-2021';

describe('the progress summary', () => {
	const facts: Record<string, QuestionFacts> = {
		a: { type: 'single', skills: ['recall'] },
		b: { type: 'order', skills: ['sequence', 'cause-effect', 'recall'] }
	};
	it('counts each question by its latest answer, by skill and by type, named and ordered as the question format', () => {
		const answers = [
			{ v: 1, module: M, question: 'a', score: 0, correct: false, at: 1 },
			{ v: 1, module: M, question: 'a', score: 1, correct: true, at: 3 },
			{ v: 1, module: M, question: 'b', score: 0.5, correct: false, at: 2 },
			{ v: 1, module: M, question: 'gone', score: 1, correct: true, at: 2 }
		];
		const summary = summarise(answers, [], facts);
		expect(summary).toMatchObject({ answered: 2, right: 1, missed: ['b'] });
		expect(summary.bySkill).toEqual([
			{ label: 'recall', right: 1, answered: 2 },
			{ label: 'sequence', right: 0, answered: 1 },
			{ label: 'cause and effect', right: 0, answered: 1 }
		]);
		expect(summary.byType.map((t) => t.label)).toEqual(['One answer', 'Put in order']);
	});
});
