import type { lunr } from './pipeline';
import { decodeIndex, type CompactIndex } from './compact';
import { decodeStore, type CompactStore } from './store';
import type { ShownDoc } from './documents';

/** The search file (SEARCH_FILE): everything the browser downloads for search. */
export interface SearchData {
	store: CompactStore;
	index: CompactIndex;
}

/** The lunr index and the shown documents, ready to query. */
export function readSearchData(data: SearchData): {
	index: lunr.Index;
	docs: Record<string, ShownDoc>;
} {
	const { refs, docs } = decodeStore(data.store);
	return { index: decodeIndex(data.index, refs), docs };
}
