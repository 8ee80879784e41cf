/**
 * Every question type's worksheet part, by type: its instruction on paper and its answer key.
 * Apart from registry.ts so the quiz player does not carry the worksheet's code.
 */
import type { QuestionType } from '../bank/vocabulary';
import type { BaseQuestion } from './base';
import type { QuestionTypePrint } from './print-kit';
import type { Question } from './registry';
import { fillBlank } from './fill-blank/print';
import { match } from './match/print';
import { multiple } from './multiple/print';
import { order } from './order/print';
import { shortAnswer } from './short-answer/print';
import { single } from './single/print';
import { trueFalse } from './true-false/print';

const PRINT = {
	single,
	multiple,
	'true-false': trueFalse,
	'fill-blank': fillBlank,
	'short-answer': shortAnswer,
	order,
	match
} satisfies { [T in QuestionType]: QuestionTypePrint<BaseQuestion & { type: T }> };

/** The worksheet part for a type, taking any question (callers pass one of that type). */
export const printOf = (type: QuestionType) =>
	PRINT[type] as unknown as QuestionTypePrint<Question>;
