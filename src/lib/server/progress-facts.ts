/**
 * The progress page's facts of each module (src/lib/progress/module-facts.ts), in the module's
 * own file and gathered into shards, each named in the page's data by a revision of its content.
 */
import { createHash } from 'node:crypto';
import { shardCount, shardOf, type FactsShard, type ModuleFacts } from '../progress/module-facts';
import { loadModules, type StudyModule } from './content';

export function moduleFacts(m: StudyModule): ModuleFacts {
	return {
		slug: m.slug,
		title: m.article.meta.title,
		hasQuiz: !!m.bank,
		facts: Object.fromEntries(
			(m.bank?.questions ?? []).map((q) => [q.id, { type: q.type, skills: [...q.skills] }])
		),
		terms: m.glossary.map((e) => e.id)
	};
}

const made = new WeakMap<StudyModule[], FactsShard[]>();

/** Every module's facts in `shardCount` shards, by `shardOf` its slug, each with its revision. */
export function factShards(modules = loadModules()): FactsShard[] {
	let shards = made.get(modules);
	if (!shards) {
		const count = shardCount(modules.length);
		const parts = Array.from({ length: count }, () => ({}) as Record<string, ModuleFacts>);
		for (const m of [...modules].sort((a, b) => a.slug.localeCompare(b.slug)))
			parts[shardOf(m.slug, count)]![m.slug] = moduleFacts(m);
		shards = parts.map((part) => ({
			rev: createHash('sha256').update(JSON.stringify(part)).digest('base64url').slice(0, 10),
			modules: part
		}));
		made.set(modules, shards);
	}
	return shards;
}
