import { json } from '@sveltejs/kit';
import { librarySearch } from '$lib/server/search';

export const prerender = true;

export function GET() {
	return json(librarySearch().library);
}
