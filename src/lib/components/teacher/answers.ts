import type { Component } from 'svelte';
import type { QuestionType } from '$lib/bank/vocabulary';
import type { Question } from '$lib/question-types/registry';
import type { AnswerProps } from './answers/answer-props';
import FillBlankAnswer from './answers/FillBlankAnswer.svelte';
import MatchAnswer from './answers/MatchAnswer.svelte';
import OptionsAnswer from './answers/OptionsAnswer.svelte';
import OrderAnswer from './answers/OrderAnswer.svelte';
import ShortAnswerAnswer from './answers/ShortAnswerAnswer.svelte';
import TrueFalseAnswer from './answers/TrueFalseAnswer.svelte';

/** How the teacher view shows each question type's answer, below its prompt. */
const ANSWERS = {
	single: OptionsAnswer,
	multiple: OptionsAnswer,
	'true-false': TrueFalseAnswer,
	'fill-blank': FillBlankAnswer,
	'short-answer': ShortAnswerAnswer,
	order: OrderAnswer,
	match: MatchAnswer
} satisfies { [T in QuestionType]: Component<AnswerProps<Extract<Question, { type: T }>>> };

/** The answer block for a type, taking any question (TeacherQuestion passes the one of that type). */
export const answerFor = (type: QuestionType) =>
	ANSWERS[type] as unknown as Component<AnswerProps<Question>>;
