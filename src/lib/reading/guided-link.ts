import type { Bank } from '../bank/types';
import type { Block } from '../content/types';
import { generate, type Quiz } from '../quiz/generate';
import { newSeed } from '../quiz/random';
import { parseQuizLink } from '../quiz/request';
import { DEFAULT_PENALTY, type TryRules } from '../quiz/tries';
import { defaultCheckpoints, planCheckpoints, type Checkpoint } from './guided-plan';

/** Every checkpoint allows two tries: after the second wrong one the answer is shown. */
export const GUIDED_TRIES = 2;

/**
 * The option order of the module's own guided reading (`/<slug>/guided/`, no query): fixed, so
 * every student and every visit sees the same.
 */
const DEFAULT_SEED = 'guided';

export interface GuidedReading {
	title: string;
	quiz: Quiz;
	plan: Checkpoint[];
	rules: TryRules;
	/** The address with the seed a preset's draw needs (the same as given when it had one). */
	url: string;
}

/**
 * What a guided reading link asks for: `?preset=<id>` draws that preset's questions (seeded, as
 * a quiz link does), leaving out those marked `checkpoint: false`; no query, the module's own
 * checkpoints (guided-plan.ts). Questions are asked in the article's order.
 */
export function guidedReading(
	bank: Bank,
	blocks: readonly Block[],
	url: URL
): GuidedReading | { error: string } {
	const eligible = { ...bank, questions: bank.questions.filter((q) => q.checkpoint !== false) };
	let title = 'Guided reading';
	let quiz: Quiz;
	let tries = GUIDED_TRIES;
	let penalty = DEFAULT_PENALTY;
	const address = new URL(url);
	address.hash = '';
	if (url.searchParams.has('preset')) {
		const link = parseQuizLink(url.searchParams, bank);
		if ('error' in link) return link;
		const preset = bank.presets.find((p) => p.id === link.preset)!;
		address.searchParams.set('seed', link.seed ?? newSeed());
		quiz = generate(eligible, link.request, address.searchParams.get('seed')!);
		title = preset.title;
		tries = Math.max(GUIDED_TRIES, link.rules.tries);
		penalty = link.rules.penalty;
	} else {
		const ids = defaultCheckpoints(eligible.questions, blocks);
		quiz = generate(eligible, { count: ids.length, include: ids }, DEFAULT_SEED);
		address.search = '';
	}
	const byId = new Map(bank.questions.map((q) => [q.id, q]));
	const plan = planCheckpoints(
		quiz.items.map((item) => byId.get(item.id)!),
		blocks
	);
	const order = plan.flatMap((checkpoint) => checkpoint.ids);
	const items = [...quiz.items].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
	return { title, quiz: { ...quiz, items }, plan, rules: { tries, penalty }, url: address.href };
}
