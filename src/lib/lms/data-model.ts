/**
 * SCORM 1.2's data-model limits (RTE 3.4), checked before a value is set: an LMS that is stricter
 * than the test run-time must never be the first to find a bad value.
 */

const IDENTIFIER = /^[A-Za-z0-9_-]{1,255}$/;
const DECIMAL = /^-?\d{1,10}(\.\d+)?$/;
const TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** One-character answer identifiers for choice, sequencing and matching (RTE 3.4.2.7.5). */
const CHARACTER_LIST = /^[0-9a-z](,[0-9a-z])*$/;
const PAIR_LIST = /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/;

export const LESSON_STATUSES = ['passed', 'completed', 'failed', 'incomplete', 'browsed'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];
export const EXITS = ['time-out', 'suspend', 'logout', ''] as const;
export const INTERACTION_TYPES = [
	'true-false',
	'choice',
	'fill-in',
	'matching',
	'performance',
	'sequencing',
	'likert',
	'numeric'
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];
export const RESULTS = ['correct', 'wrong', 'unanticipated', 'neutral'] as const;

export const SUSPEND_DATA_LIMIT = 4096;
export const STRING_255 = 255;

type Check = (value: string) => string | undefined;

const oneOf =
	(words: readonly string[]): Check =>
	(value) =>
		words.includes(value) ? undefined : `must be one of ${words.map((w) => `“${w}”`).join(', ')}`;
const pattern =
	(regex: RegExp, what: string): Check =>
	(value) =>
		regex.test(value) ? undefined : `must be ${what}`;
const maxLength =
	(limit: number): Check =>
	(value) =>
		value.length <= limit ? undefined : `is ${value.length} characters, over the ${limit} allowed`;
const score: Check = (value) =>
	value === ''
		? undefined
		: !DECIMAL.test(value)
			? 'must be a decimal number'
			: Number(value) < 0 || Number(value) > 100
				? 'must be between 0 and 100'
				: undefined;
const decimal = pattern(DECIMAL, 'a decimal number');
const result: Check = (value) =>
	(RESULTS as readonly string[]).includes(value) || DECIMAL.test(value)
		? undefined
		: `must be one of ${RESULTS.join(', ')} or a decimal number`;

/** What each element the module writes may hold; anything else is not ours to set. */
const ELEMENTS: Record<string, Check> = {
	'cmi.core.lesson_status': oneOf(LESSON_STATUSES),
	'cmi.core.exit': oneOf(EXITS),
	'cmi.core.score.raw': score,
	'cmi.core.score.min': score,
	'cmi.core.score.max': score,
	'cmi.core.session_time': pattern(TIMESPAN, 'a time span HHHH:MM:SS.SS'),
	'cmi.core.lesson_location': maxLength(STRING_255),
	'cmi.suspend_data': maxLength(SUSPEND_DATA_LIMIT),
	'cmi.interactions.n.id': pattern(IDENTIFIER, 'letters, digits, - and _ only, 1 to 255 of them'),
	'cmi.interactions.n.type': oneOf(INTERACTION_TYPES),
	'cmi.interactions.n.time': pattern(TIME, 'a time of day HH:MM:SS'),
	'cmi.interactions.n.weighting': decimal,
	'cmi.interactions.n.result': result,
	'cmi.interactions.n.latency': pattern(TIMESPAN, 'a time span HHHH:MM:SS.SS'),
	'cmi.interactions.n.student_response': maxLength(STRING_255),
	'cmi.interactions.n.correct_responses.n.pattern': maxLength(STRING_255)
};

/** `cmi.interactions.3.correct_responses.0.pattern` → `cmi.interactions.n.correct_responses.n.pattern` */
export const genericElement = (element: string) => element.replace(/\.\d+(?=\.|$)/g, '.n');

/**
 * Why a value may not be set, in words, or undefined when it may. A student response is also
 * checked against the format of its interaction type, which must be given.
 */
export function checkValue(
	element: string,
	value: string,
	interactionType?: InteractionType
): string | undefined {
	const generic = genericElement(element);
	const check = ELEMENTS[generic];
	if (!check) return `${element} is not an element this module writes`;
	const problem = check(value) ?? responseProblem(generic, value, interactionType);
	return problem && `${element} ${problem} (given “${value.slice(0, 40)}”)`;
}

function responseProblem(
	generic: string,
	value: string,
	type: InteractionType | undefined
): string | undefined {
	if (!generic.endsWith('student_response') && !generic.endsWith('pattern')) return undefined;
	// An empty response stands for a question left unanswered.
	if (value === '') return undefined;
	switch (type) {
		case 'true-false':
			return /^[01tf]$/.test(value) ? undefined : 'must be t or f for a true-false question';
		case 'choice':
		case 'sequencing':
			return CHARACTER_LIST.test(value)
				? undefined
				: 'must be single letters or digits separated by commas';
		case 'matching':
			return PAIR_LIST.test(value) ? undefined : 'must be pairs like a.b separated by commas';
		default:
			return undefined;
	}
}

/** A duration as a CMITimespan, `HHHH:MM:SS.SS` (at most 9999 hours). */
export function timespan(milliseconds: number): string {
	const centiseconds = Math.min(Math.max(0, Math.round(milliseconds / 10)), 10000 * 360000 - 1);
	const hours = Math.floor(centiseconds / 360000);
	const minutes = Math.floor(centiseconds / 6000) % 60;
	const seconds = (centiseconds % 6000) / 100;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** A clock time as a CMITime, `HH:MM:SS`, in the student's time zone. */
export function clockTime(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A text cut to a CMIString255, marking the cut so a teacher does not read it as the whole. */
export function fitString(value: string, limit = STRING_255): string {
	return value.length <= limit ? value : `${value.slice(0, limit - 1)}…`;
}
