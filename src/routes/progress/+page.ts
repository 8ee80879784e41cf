import { browser } from '$app/environment';
import { pageHref } from '$lib/paths';
import { readOverview } from '$lib/progress/read-overview';

export function load({ data }) {
	const place = {
		root: browser ? new URL(pageHref('/'), location.href).href : '',
		shards: data.factShards
	};
	return {
		...data,
		place,
		// Reading IndexedDB starts now, while the page hydrates, rather than once it is live; the
		// store's code is imported with the page, so the browser fetches both at once.
		reading: browser ? readOverview(data.listed, place) : undefined
	};
}
