/**
 * The rules for typed answers (issue 17) change what is right, not what is stored: a response
 * saved before them still loads, and a verdict saved before them is kept, so the quiz, its answer
 * records and the review replayed from them never disagree.
 */
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/lib/bank/types';
import { QuizRun } from '../../src/lib/components/quiz/quiz-run.svelte';
import { checkResponse } from '../../src/lib/question-types/registry';
import { shippedModule } from './helpers';

const shipped = shippedModule().bank!;
const claim = shipped.questions.find((q) => q.id === 'bombing-claim')!;
const date = shipped.questions.find((q) => q.id === 'election-date')!;
const bank: Bank = { ...shipped, questions: [claim, date] };
const quiz = { seed: 'x', items: [claim, date].map((q) => ({ id: q.id, order: [] })) };

describe('typed answers saved before the rules', () => {
	it('load: the stored response format is unchanged', () => {
		expect(checkResponse(claim, { type: 'short-answer', value: 'Daesh' })).toBe(true);
		expect(checkResponse(date, { type: 'fill-blank', values: ['10 Oct'] })).toBe(true);
	});

	it('keep a saved verdict on restore, not scored again by the new rules', () => {
		const run = new QuizRun(bank, quiz);
		const wrong = { score: 0, correct: false, notes: [] };
		run.restore({
			index: 1,
			responses: {
				'bombing-claim': { type: 'short-answer', value: 'Daesh' },
				'election-date': { type: 'fill-blank', values: ['10 Oct'] }
			},
			scores: { 'bombing-claim': wrong }
		});
		expect(run.scores['bombing-claim']).toEqual(wrong);
		// Checking again changes nothing once an answer has a verdict.
		run.check('bombing-claim');
		expect(run.scores['bombing-claim']).toEqual(wrong);
		// An answer saved but not yet checked is judged by the rules when it is checked.
		run.check('election-date');
		expect(run.scores['election-date']).toMatchObject({
			correct: true,
			notes: ['Accepted: same date as “October 10”.']
		});
	});
});
