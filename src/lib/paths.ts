import { resolve } from '$app/paths';
import type { RouteId, RouteParams } from '$app/types';

/**
 * A link to a page, with the base path and the trailing slash every prerendered page has
 * (`/slug/quiz/`), so static hosts serve it directly instead of redirecting or 404ing.
 */
export function pageHref<T extends RouteId>(route: T, params?: RouteParams<T>): string {
	const path = (resolve as (route: string, params?: Record<string, string>) => string)(
		route,
		params
	);
	return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The absolute address of a page for `<link rel="canonical">`, when the build was told the site's
 * address (`SITE_URL`, vite.config.ts); else undefined: a canonical link must be absolute.
 */
export function canonicalHref(href: string): string | undefined {
	const site = import.meta.env.VITE_SITE_URL as string;
	return site ? new URL(href, `${site}/`).href : undefined;
}
