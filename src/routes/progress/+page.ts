import { browser } from '$app/environment';
import { pageHref } from '$lib/paths';
import { readOverview } from '$lib/progress/read-overview';

export function load({ data }) {
	const root = browser ? new URL(pageHref('/'), location.href).href : '';
	return {
		...data,
		root,
		// Reading IndexedDB starts now, while the page hydrates, rather than once it is live; the
		// store's code is imported with the page, so the browser fetches both at once.
		reading: browser ? readOverview(data.listed, root) : undefined
	};
}
