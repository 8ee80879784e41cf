import { z } from 'zod';
import { text } from '../../validation/fields';
import { common, html, type QuestionTypeBuild } from '../build-kit';
import type { TrueFalseQuestion } from './play';

const schema = z.strictObject({
	type: z.literal('true-false').describe('A statement the student judges true or false.'),
	...common,
	answer: z.boolean().describe('true if the statement in `prompt` is true, false otherwise.'),
	feedbackTrue: text().optional().describe('Shown to a student who answers true.'),
	feedbackFalse: text().optional().describe('Shown to a student who answers false.')
});

export const trueFalse: QuestionTypeBuild<typeof schema, TrueFalseQuestion> = {
	schema,
	build: (input, base) => ({
		...base,
		type: 'true-false',
		answer: input.answer,
		feedbackTrue: html(input.feedbackTrue),
		feedbackFalse: html(input.feedbackFalse)
	}),
	toGift(q, gift) {
		// Moodle's order: the feedback for a wrong answer first, then for a right one.
		const right = q.answer ? q.feedbackTrue : q.feedbackFalse;
		const wrong = q.answer ? q.feedbackFalse : q.feedbackTrue;
		const tail = `${wrong || right ? `#${gift.escape(wrong ?? '')}` : ''}${right ? `#${gift.escape(right)}` : ''}`;
		return {
			text: gift.question(
				q.prompt,
				`{${q.answer ? 'TRUE' : 'FALSE'}${tail}####${gift.escape(q.explanation)}}`
			)
		};
	}
};
