import type { CheckedStore, SaveResult } from './checked';
import { modulePrefix, newAnswerKey } from './keys';
import { ANSWER_BATCH, checkAnswers, type Answer } from './records';

/**
 * This tab's answers, kept in batches (AnswerBatch in records.ts): one open batch per module,
 * under a key of this tab's own.
 */
export class AnswerBatches {
	/** The open batch per module, and the write queued for it. */
	private open = new Map<
		string,
		{ key: string; answers: Answer[]; saved: Promise<unknown>; pending: number }
	>();

	constructor(private readonly records: CheckedStore) {}

	/**
	 * Adds an answer to this tab's batch and rewrites the batch. Writes of one batch go one after
	 * the other, each with every answer so far, so an answer whose write failed is saved by the next.
	 */
	save({ module, ...answer }: Answer & { module: string }): Promise<SaveResult> {
		let batch = this.open.get(module);
		if (!batch || batch.answers.length >= ANSWER_BATCH) {
			batch = { key: newAnswerKey(module), answers: [], saved: Promise.resolve(), pending: 0 };
			this.open.set(module, batch);
		}
		const open = batch;
		open.answers.push(answer);
		const write = () => this.records.add(open.key, { module, answers: [...open.answers] });
		// Begun at once when no write of this batch is under way, so it is begun before the page
		// could be left; else after that one, which it then includes.
		const saved = open.pending ? open.saved.then(write) : write();
		open.pending++;
		open.saved = saved.finally(() => open.pending--);
		return saved;
	}

	/** Starts new batches: the open ones hold answers that were erased. */
	forget(): void {
		this.open.clear();
	}
}

/** Every answer given in a module, oldest first. */
export async function readAnswers(records: CheckedStore, module: string): Promise<Answer[]> {
	const batches = await records.readAll(modulePrefix('answer', module), checkAnswers);
	return batches.flatMap((batch) => batch.answers).sort((a, b) => a.at - b.at);
}
