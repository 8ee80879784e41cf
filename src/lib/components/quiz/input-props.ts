import type { Question } from '$lib/question-types/registry';
import type { QuizItem } from '$lib/quiz/generate';
import type { Response, Score } from '$lib/quiz/score';

/** What every answer input gets from QuestionCard: the question, its display order, the answer so far. */
export interface InputProps<Q extends Question> {
	question: Q;
	item: QuizItem;
	response: Response;
	/** Set once the answer is checked: inputs lock and show what was right. */
	result?: Score;
	onrespond: (response: Response) => void;
	/** Enter in a typed answer checks it, as submitting a form would. */
	oncheck: () => void;
}
