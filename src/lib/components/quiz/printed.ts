import type { Component } from 'svelte';
import type { QuestionType } from '$lib/bank/vocabulary';
import type { Question } from '$lib/question-types/registry';
import PrintedChoices from './printed/PrintedChoices.svelte';
import PrintedFillBlank from './printed/PrintedFillBlank.svelte';
import PrintedMatch from './printed/PrintedMatch.svelte';
import PrintedOrder from './printed/PrintedOrder.svelte';
import PrintedShortAnswer from './printed/PrintedShortAnswer.svelte';
import PrintedTrueFalse from './printed/PrintedTrueFalse.svelte';
import type { PrintedProps } from './printed/printed-props';

/** How each question type is printed on a worksheet, below its prompt and instruction. */
const PRINTED = {
	single: PrintedChoices,
	multiple: PrintedChoices,
	'true-false': PrintedTrueFalse,
	'fill-blank': PrintedFillBlank,
	'short-answer': PrintedShortAnswer,
	order: PrintedOrder,
	match: PrintedMatch
} satisfies {
	// A body that is the same for every question of its type takes no props.
	[T in QuestionType]:
		| Component<PrintedProps<Extract<Question, { type: T }>>>
		| Component<Record<string, never>>;
};

/** The printed body for a type, taking any question (Worksheet passes the one of that type). */
export const printedFor = (type: QuestionType) =>
	PRINTED[type] as unknown as Component<PrintedProps<Question>>;
