import type { Bank, Question } from '$lib/bank/types';
import type { Quiz, QuizItem } from '$lib/quiz/generate';
import { score, type Response, type Score } from '$lib/quiz/score';
import { initialResponse, totals } from '$lib/quiz/session';

/** The state of one quiz being taken: thin reactive glue over the pure quiz functions. */
export class QuizRun {
	readonly entries: { question: Question; item: QuizItem }[];
	index = $state(0);
	responses = $state<Record<string, Response>>({});
	scores = $state<Record<string, Score>>({});
	finished = $state(false);

	constructor(
		bank: Bank,
		readonly quiz: Quiz
	) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never reactive
		const byId = new Map(bank.questions.map((q) => [q.id, q]));
		this.entries = quiz.items.flatMap((item) => {
			const question = byId.get(item.id);
			return question ? [{ question, item }] : [];
		});
		for (const { question, item } of this.entries)
			this.responses[question.id] = initialResponse(question, item);
	}

	get current() {
		return this.entries[this.index]!;
	}

	get ids() {
		return this.entries.map((e) => e.question.id);
	}

	get totals() {
		return totals(this.ids, this.scores);
	}

	respond(id: string, response: Response) {
		if (!this.scores[id]) this.responses[id] = response;
	}

	check(id: string) {
		const entry = this.entries.find((e) => e.question.id === id);
		if (entry && !this.scores[id]) this.scores[id] = score(entry.question, this.responses[id]!);
	}

	go(index: number) {
		this.index = Math.max(0, Math.min(this.entries.length - 1, index));
	}

	finish() {
		this.finished = true;
	}
}
