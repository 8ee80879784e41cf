import { browser } from '$app/environment';

export function load({ data }) {
	return {
		...data,
		// Reading IndexedDB starts now, while the page hydrates, rather than once it is live.
		reading: browser
			? import('$lib/progress/browser').then(({ readProgress }) =>
					readProgress(data.modules.map((m) => m.slug))
				)
			: undefined
	};
}
