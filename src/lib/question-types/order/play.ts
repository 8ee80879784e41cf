import type { BaseQuestion } from '../base';
import { isIndex, isTyped, partsScore, type QuestionTypePlay } from '../play-kit';

export interface OrderQuestion extends BaseQuestion {
	type: 'order';
	/** In the correct order. */
	items: { html: string; text: string }[];
}
/** The items as the student has put them, as indexes in the bank's (correct) order. */
export interface OrderResponse {
	type: 'order';
	order: number[];
}

export const order: QuestionTypePlay<OrderQuestion, OrderResponse> = {
	instruction: 'Put these in order with the Up and Down buttons.',
	displayCount: (question) => question.items.length,
	alwaysShuffled: true,
	emptyResponse: (_, shown) => ({ type: 'order', order: [...shown] }),
	isResponse: (question, value): value is OrderResponse =>
		isTyped(value, 'order') &&
		Array.isArray(value.order) &&
		value.order.length === question.items.length &&
		value.order.every((i) => isIndex(i, question.items.length)) &&
		new Set(value.order).size === value.order.length,
	// An order can be checked as it stands...
	isAnswered: () => true,
	// ...but left as first shown it is not the student's answer.
	hasAnswer: (response, shown) => response.order.some((index, i) => index !== shown[i]),
	score: (question, response) =>
		// Credit for each item in its right position.
		partsScore(question.items.map((_, position) => response.order[position] === position)),
	rightAnswer: (question) => question.items.map((item, i) => `${i + 1}. ${item.text}`),
	givenAnswer: (question, response) =>
		response.order.map((i, position) => `${position + 1}. ${question.items[i]!.text}`)
};
