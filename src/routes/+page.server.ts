import { libraryCatalogue } from '$lib/server/library';
import { PAGE_SIZE } from '$lib/components/library/page-size';

/** The first page of cards only: the whole catalogue is a file of its own (library-v1.json). */
export function load() {
	const { modules } = libraryCatalogue();
	return { modules: modules.slice(0, PAGE_SIZE), total: modules.length };
}
