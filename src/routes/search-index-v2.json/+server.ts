import { json } from '@sveltejs/kit';
import { loadModules } from '$lib/server/content';
import { buildSearchData } from '$lib/search/build';

export const prerender = true;

export function GET() {
	return json(buildSearchData(loadModules()));
}
