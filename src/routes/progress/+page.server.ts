import { loadModules } from '$lib/server/content';
import { factShards } from '$lib/server/progress-facts';

/**
 * A library this small is listed whole, started or not ("No answers yet. Take a quiz"). A larger
 * one lists only the modules the student has progress in. What the page needs of each module is
 * in the facts shards (src/routes/progress/facts-[n].json), named here by their revisions, so this
 * page's data, precached with the app, grows by a few bytes per 32 modules.
 */
const LIST_EVERY_MODULE_UP_TO = 10;

export function load() {
	const modules = loadModules().filter((m) => m.bank || m.glossary.length);
	return {
		listed:
			modules.length <= LIST_EVERY_MODULE_UP_TO
				? modules.map((m) => ({ slug: m.slug, title: m.article.meta.title }))
				: [],
		factShards: factShards().map((shard) => shard.rev)
	};
}
