import type { Bank } from '$lib/bank/types';
import { checkResponse, type Question } from '$lib/question-types/registry';
import type { Quiz, QuizItem } from '$lib/quiz/generate';
import { score, type Response, type Score } from '$lib/quiz/score';
import { initialResponse, totals, uncheckedAnswers } from '$lib/quiz/session';
import { NO_TRIES, ONE_TRY, afterTry, giveUp, type TryRules, type TryState } from '$lib/quiz/tries';
import type { KeptRun, RunKeeper } from '$lib/progress/keep-progress';
import type { RunSnapshot } from '$lib/progress/quiz-merge';

/** The state of one quiz being taken: thin reactive glue over the pure quiz functions. */
export class QuizRun implements KeptRun {
	readonly entries: { question: Question; item: QuizItem }[];
	index = $state(0);
	responses = $state<Record<string, Response>>({});
	scores = $state<Record<string, Score>>({});
	/** Questions between tries, or with hints shown, and not final yet (quiz/tries.ts). */
	tries = $state<Record<string, TryState>>({});
	finished = $state(false);
	keeper: RunKeeper | undefined;
	/** For a hand-in (src/lib/handin): when the run began and ended, and when each answer was checked. */
	readonly startedAt = Date.now();
	finishedAt = 0;
	readonly checkedAt: Record<string, number> = {};

	constructor(
		readonly bank: Bank,
		quiz: Quiz,
		readonly rules: TryRules = ONE_TRY,
		/** Questions the student keeps missing: each offers its paragraph to re-read. */
		readonly hard: readonly string[] = []
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

	snapshot(): RunSnapshot {
		const kept = $state.snapshot({
			index: this.index,
			responses: this.responses,
			scores: this.scores,
			tries: this.tries
		});
		// Without tries the record is as it was before tries existed.
		if (!Object.keys(kept.tries).length) delete (kept as RunSnapshot).tries;
		return kept;
	}

	/**
	 * Picks up a saved run of the same quiz: only answers to questions this quiz has, each checked
	 * field by field against its question. One that does not fit (damaged, or the question was
	 * edited since) is set aside with its score: that question starts afresh, the others resume.
	 */
	restore(saved: RunSnapshot) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never reactive
		const questions = new Map(this.entries.map((e) => [e.question.id, e.question]));
		for (const [id, response] of Object.entries(saved.responses)) {
			const question = questions.get(id);
			if (!question || !checkResponse(question, response)) continue;
			this.responses[id] = response;
			if (saved.scores[id]) this.scores[id] = saved.scores[id];
			else if (saved.tries?.[id]) {
				// Checked as it was read (records.ts); the question may have fewer hints since.
				const tries = saved.tries[id];
				this.tries[id] = { ...tries, hints: Math.min(tries.hints, question.hints?.length ?? 0) };
			}
		}
		// Straight to where the student was: resuming is not moving on, so it checks nothing.
		this.index = Math.max(0, Math.min(this.entries.length - 1, saved.index));
		this.keeper?.progress(this.snapshot());
	}

	respond(id: string, response: Response) {
		if (this.scores[id]) return;
		this.responses[id] = response;
		const tries = this.tries[id];
		if (tries?.used) this.tries[id] = { ...tries, changed: true };
		this.keeper?.progress(this.snapshot());
	}

	/** Shows a question's next hint, while its answer is not final. */
	showHint(id: string) {
		const entry = this.entries.find((e) => e.question.id === id);
		const tries = this.tries[id] ?? NO_TRIES;
		if (!entry || this.scores[id] || tries.hints >= (entry.question.hints?.length ?? 0)) return;
		this.tries[id] = { ...tries, hints: tries.hints + 1 };
		this.keeper?.progress(this.snapshot());
	}

	/** Checks one try: the answer is final when right or when no try is left (quiz/tries.ts). */
	check(id: string) {
		const entry = this.entries.find((e) => e.question.id === id);
		if (!entry || this.scores[id]) return;
		const tried = score(entry.question, this.responses[id]!);
		const outcome = afterTry(
			this.tries[id] ?? NO_TRIES,
			tried,
			this.rules,
			entry.question.hints?.length ?? 0
		);
		if (outcome.done) this.settle(id, outcome.score);
		else {
			this.tries[id] = outcome.state;
			// A try spent is written at once, like a checked answer.
			this.keeper?.progress(this.snapshot(), true);
		}
	}

	private settle(id: string, result: Score) {
		this.scores[id] = result;
		delete this.tries[id];
		this.checkedAt[id] = Date.now();
		// Saved in this same task: the writes begin before the feedback renders (Svelte renders
		// after it), and whoever keeps the run (the SCORM reporter too) sees the new score.
		this.keeper?.answer(id, result);
		this.keeper?.progress(this.snapshot(), true);
	}

	/** Between tries and not changed since the last: checking it again would cost a try for nothing. */
	waiting(id: string): boolean {
		const tries = this.tries[id];
		return !this.scores[id] && !!tries?.used && !tries.changed;
	}

	/** Answered but not checked yet: moving on or finishing checks these. */
	get unchecked(): string[] {
		return uncheckedAnswers(
			this.entries.map((e) => e.item),
			this.responses,
			this.scores
		).filter((id) => !this.waiting(id));
	}

	/** Moving on from a question between tries: its answer is checked if changed, then the best try counts. */
	private conclude(id: string) {
		if (this.unchecked.includes(id)) this.check(id);
		const tries = this.tries[id];
		if (!this.scores[id] && tries?.used) this.settle(id, giveUp(tries));
	}

	go(index: number) {
		const to = Math.max(0, Math.min(this.entries.length - 1, index));
		// Moving on from an answer without pressing Check still counts it (and saves it); going
		// back leaves it open to change.
		if (to > this.index) this.conclude(this.current.question.id);
		this.index = to;
		this.keeper?.progress(this.snapshot(), true);
	}

	finish() {
		// Every answer given counts, even one left unchecked after going back to an earlier question.
		for (const id of this.ids) this.conclude(id);
		this.finished = true;
		this.finishedAt = Date.now();
		this.keeper?.finish(this);
	}
}
