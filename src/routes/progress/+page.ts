import { browser } from '$app/environment';
import { readProgress } from '$lib/progress/browser';

export function load({ data }) {
	return {
		...data,
		// Reading IndexedDB starts now, while the page hydrates, rather than once it is live; the
		// store's code is imported with the page, so the browser fetches both at once.
		reading: browser ? readProgress(data.modules.map((m) => m.slug)) : undefined
	};
}
