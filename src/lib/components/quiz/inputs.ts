import type { Component } from 'svelte';
import type { QuestionType } from '$lib/bank/vocabulary';
import type { Question } from '$lib/question-types/registry';
import type { InputProps } from './input-props';
import ChoiceInput from './ChoiceInput.svelte';
import MatchInput from './MatchInput.svelte';
import OrderInput from './OrderInput.svelte';
import TextInputs from './TextInputs.svelte';

/** The answer input of each question type (see src/lib/question-types for the rest of a type). */
const INPUTS = {
	single: ChoiceInput,
	multiple: ChoiceInput,
	'true-false': ChoiceInput,
	'fill-blank': TextInputs,
	'short-answer': TextInputs,
	order: OrderInput,
	match: MatchInput
} satisfies { [T in QuestionType]: Component<InputProps<Extract<Question, { type: T }>>> };

/** The input for a type, taking any question (QuestionCard passes the one of that type). */
export const inputFor = (type: QuestionType) =>
	INPUTS[type] as unknown as Component<InputProps<Question>>;
