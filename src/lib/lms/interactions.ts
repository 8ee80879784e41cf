import type { Question } from '../question-types/registry';
import type { Response, Score } from '../quiz/score';
import { fitString, type InteractionType } from './data-model';

/** One `cmi.interactions.n` record, values already in SCORM 1.2's formats. */
export interface Interaction {
	id: string;
	type: InteractionType;
	student_response: string;
	/** The right answer in the same format, so an LMS report can show it beside the student's. */
	correct_response: string;
	result: string;
	weighting: string;
	latency?: string;
}

/** SCORM 1.2 names answers with one character each: a–z, then 0–9. */
const ANSWER_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const character = (index: number) => ANSWER_CHARACTERS[index] ?? '';
const characters = (indexes: readonly number[]) => indexes.map(character).join(',');
/** Too many answers to name with one character each: sent as words instead. */
const tooMany = (count: number) => count > ANSWER_CHARACTERS.length;

/** SCORM's interaction type for each question type (RTE 3.4.2.7.2). */
export function interactionType(question: Question): InteractionType {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return tooMany(question.options.length) ? 'performance' : 'choice';
		case 'true-false':
			return 'true-false';
		case 'fill-blank':
		case 'short-answer':
			return 'fill-in';
		case 'order':
			return tooMany(question.items.length) ? 'performance' : 'sequencing';
		case 'match':
			return tooMany(question.pairs.length) ? 'performance' : 'matching';
	}
}

/** The answer in the format of the question's interaction type (RTE 3.4.2.7.5). */
function encode(question: Question, response: Response | undefined, words: boolean): string {
	if (!response || response.type !== question.type) return '';
	switch (response.type) {
		case 'single':
			if (response.option === null) return '';
			return words ? textOf(question, [response.option]) : character(response.option);
		case 'multiple':
			return words
				? textOf(question, response.options)
				: characters([...response.options].sort((a, b) => a - b));
		case 'true-false':
			return response.value === null ? '' : response.value ? 't' : 'f';
		case 'fill-blank':
			// Gaps in order, each as typed; a teacher reads them as "Gap 1; Gap 2".
			return fitString(response.values.map((v) => v.trim()).join('; '));
		case 'short-answer':
			return fitString(response.value.trim());
		case 'order':
			return words ? fitString(response.order.join(',')) : characters(response.order);
		case 'match': {
			const pairs = response.choices.flatMap((choice, left) =>
				choice === null
					? []
					: [words ? `${left}.${choice}` : `${character(left)}.${character(choice)}`]
			);
			return fitString(pairs.join(','));
		}
	}
}

function textOf(question: Question, options: readonly number[]): string {
	if (question.type !== 'single' && question.type !== 'multiple') return '';
	return fitString(options.map((i) => question.options[i]?.text ?? '').join('; '));
}

/** The right answer as a response, to encode the same way as the student's. */
function rightResponse(question: Question): Response {
	switch (question.type) {
		case 'single':
			return { type: 'single', option: question.options.findIndex((o) => o.correct) };
		case 'multiple':
			return {
				type: 'multiple',
				options: question.options.flatMap((o, i) => (o.correct ? [i] : []))
			};
		case 'true-false':
			return { type: 'true-false', value: question.answer };
		case 'fill-blank':
			return { type: 'fill-blank', values: question.blanks.map((accepted) => accepted[0] ?? '') };
		case 'short-answer':
			return { type: 'short-answer', value: question.answers[0] ?? '' };
		case 'order':
			return { type: 'order', order: question.items.map((_, i) => i) };
		case 'match':
			return { type: 'match', choices: question.pairs.map((_, i) => i) };
	}
}

/** "correct", "wrong", or the share of credit for a partly right answer (a CMIDecimal). */
export function resultOf(score: Score | undefined): string {
	if (!score || score.score <= 0) return 'wrong';
	if (score.correct) return 'correct';
	return String(Math.round(score.score * 100) / 100);
}

/** What the LMS is told about one question: unanswered questions are sent as wrong, with no answer. */
export function interactionFor(
	question: Question,
	response: Response | undefined,
	score: Score | undefined,
	latency?: string
): Interaction {
	const type = interactionType(question);
	const words = type === 'performance';
	return {
		id: question.id,
		type,
		student_response: score ? encode(question, response, words) : '',
		correct_response: encode(question, rightResponse(question), words),
		result: resultOf(score),
		// Every question is worth one point, as in the quiz's own total.
		weighting: '1',
		latency
	};
}
