import type { Question } from '../bank/types';
import type { Response } from './score';

/** The right answer in words, for feedback and the results page. */
export function rightAnswer(question: Question): string[] {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return question.options.filter((o) => o.correct).map((o) => o.text);
		case 'true-false':
			return [question.answer ? 'True' : 'False'];
		case 'fill-blank':
			return question.blanks.map((accepted, i) => `Gap ${i + 1}: ${accepted[0]}`);
		case 'short-answer':
			return [question.answers[0]!];
		case 'order':
			return question.items.map((item, i) => `${i + 1}. ${item.text}`);
		case 'match':
			return question.pairs.map((p) => `${p.leftText}: ${p.rightText}`);
	}
}

/** What the student answered, in words. */
export function givenAnswer(question: Question, response: Response | undefined): string[] {
	if (!response) return [];
	switch (response.type) {
		case 'single':
			return question.type === 'single' && response.option !== null
				? [question.options[response.option]!.text]
				: [];
		case 'multiple':
			return question.type === 'multiple'
				? response.options.map((i) => question.options[i]!.text)
				: [];
		case 'true-false':
			return response.value === null ? [] : [response.value ? 'True' : 'False'];
		case 'fill-blank':
			return response.values.map((v, i) => `Gap ${i + 1}: ${v.trim() || '(empty)'}`);
		case 'short-answer':
			return response.value.trim() ? [response.value.trim()] : [];
		case 'order':
			return question.type === 'order'
				? response.order.map((i, position) => `${position + 1}. ${question.items[i]!.text}`)
				: [];
		case 'match':
			return question.type === 'match'
				? question.pairs.map(
						(p, i) =>
							`${p.leftText}: ${response.choices[i] == null ? '(none)' : question.pairs[response.choices[i]!]!.rightText}`
					)
				: [];
	}
}

/** Feedback the teacher wrote for what the student chose. */
export function choiceFeedback(question: Question, response: Response | undefined): string[] {
	if (!response) return [];
	if (question.type === 'single' && response.type === 'single' && response.option !== null) {
		const feedback = question.options[response.option]?.feedback;
		return feedback ? [feedback] : [];
	}
	if (question.type === 'multiple' && response.type === 'multiple') {
		return response.options.flatMap((i) => question.options[i]?.feedback ?? []);
	}
	if (question.type === 'true-false' && response.type === 'true-false' && response.value !== null) {
		const feedback = response.value ? question.feedbackTrue : question.feedbackFalse;
		return feedback ? [feedback] : [];
	}
	return [];
}
