/** Small hand-made questions of every type, for the quiz and question-type specs. */
import type { Difficulty, QuestionType, Skill } from '../../src/lib/bank/schema';
import type { Bank } from '../../src/lib/bank/types';
import type { FillBlankQuestion } from '../../src/lib/question-types/fill-blank/play';
import type { MatchQuestion } from '../../src/lib/question-types/match/play';
import type { MultipleQuestion } from '../../src/lib/question-types/multiple/play';
import type { OrderQuestion } from '../../src/lib/question-types/order/play';
import type { Question } from '../../src/lib/question-types/registry';
import type { ShortAnswerQuestion } from '../../src/lib/question-types/short-answer/play';
import type { SingleQuestion } from '../../src/lib/question-types/single/play';
import type { TrueFalseQuestion } from '../../src/lib/question-types/true-false/play';

let counter = 0;
function base(
	type: QuestionType,
	extra: { id?: string; difficulty?: Difficulty; skills?: Skill[]; shuffle?: boolean } = {}
) {
	const id = extra.id ?? `${type}-${++counter}`;
	return {
		id,
		type,
		prompt: id,
		promptText: id,
		explanation: 'Because.',
		explanationText: 'Because.',
		evidence: [],
		difficulty: extra.difficulty ?? 'easy',
		skills: extra.skills ?? ['recall'],
		shuffle: extra.shuffle ?? true
	};
}
const options = (...correct: boolean[]) =>
	correct.map((c, i) => ({ html: `o${i}`, text: `o${i}`, correct: c }));

export const single = (extra = {}, correct = [false, true, false, false]): SingleQuestion => ({
	...base('single', extra),
	type: 'single',
	options: options(...correct)
});
export const multiple = (correct: boolean[], extra = {}): MultipleQuestion => ({
	...base('multiple', extra),
	type: 'multiple',
	options: options(...correct)
});
export const trueFalse = (answer: boolean, extra = {}): TrueFalseQuestion => ({
	...base('true-false', extra),
	type: 'true-false',
	answer
});
export const order = (length = 4, extra = {}): OrderQuestion => ({
	...base('order', extra),
	type: 'order',
	items: Array.from({ length }, (_, i) => ({ html: `i${i}`, text: `Item ${i}` }))
});
export const match = (length = 3, extra = {}): MatchQuestion => ({
	...base('match', extra),
	type: 'match',
	pairs: Array.from({ length }, (_, i) => ({
		left: `L${i}`,
		leftText: `L${i}`,
		right: `R${i}`,
		rightText: `R${i}`
	}))
});
export const fillBlank = (blanks: string[][], extra = {}): FillBlankQuestion => ({
	...base('fill-blank', extra),
	type: 'fill-blank',
	parts: blanks.flatMap((_, i) => [{ html: 'x ' }, { blank: i }]),
	gappedText: blanks.map(() => 'x _____').join(' '),
	blanks
});
export const shortAnswer = (
	answers: string[],
	{ patterns, ...extra }: Parameters<typeof base>[1] & { patterns?: string[] } = {}
): ShortAnswerQuestion => ({
	...base('short-answer', extra),
	type: 'short-answer',
	answers,
	...(patterns ? { patterns } : {})
});

export const bankOf = (questions: Question[]): Bank => ({ module: 'test', presets: [], questions });
