import { browser } from '$app/environment';
import { pageHref } from '$lib/paths';
import { loadBank } from '$lib/quiz/bank-file';

/**
 * The player's and the worksheet's load: the bank is fetched in the browser (once a tab), while
 * the page hydrates; the prerendered page says it is loading. Not awaited, so the page is live
 * at once and a failed fetch shows on the page rather than as an error page.
 */
export function load({ params }: { params: { slug: string } }) {
	return {
		bank: browser
			? loadBank(params.slug, new URL(pageHref('/[slug]/quiz', params), location.href))
			: undefined
	};
}
