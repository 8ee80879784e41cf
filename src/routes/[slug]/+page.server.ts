import { moduleEntries } from '$lib/server/content';
import { articlePage } from './article-page.server';

export const entries = moduleEntries;

export function load({ params }) {
	return articlePage(params.slug);
}
