import type { Card } from 'ts-fsrs';
import { cardsCacheKey } from './keys';
import type { KeyValue } from './kv';
import type { Answer } from './records';
import { answerReviews, isReplay, replay, type Replay } from './review';

/*
 * The replay behind a module's review cards is kept under `cache:` (never backed up; made again
 * when it does not match the answers), so each visit replays only the answers given since.
 */

/** The replay kept by an earlier visit, when there is one to trust. */
export async function keptReplay(kv: KeyValue, module: string): Promise<Replay | undefined> {
	const cached = await kv.get(cardsCacheKey(module)).catch(() => undefined);
	return isReplay(cached) ? cached : undefined;
}

/** The review cards of a module's answers, continuing `previous`; keeps the new replay when it changed. */
export function replayCards(
	kv: KeyValue,
	module: string,
	answers: readonly Answer[],
	previous: Replay | undefined,
	retention?: number
): Map<string, Card> {
	const replayed = replay(answerReviews(answers), previous, retention);
	if (
		replayed.count !== previous?.count ||
		replayed.hash !== previous.hash ||
		replayed.scheduler !== previous.scheduler
	)
		kv.set(cardsCacheKey(module), replayed).catch(() => {});
	return replayed.cards;
}
