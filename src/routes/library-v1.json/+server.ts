import { json } from '@sveltejs/kit';
import { libraryCatalogue } from '$lib/server/library';

export const prerender = true;

/** Every module's card, newest first: the home page filters and pages through it in the browser. */
export function GET() {
	return json(libraryCatalogue());
}
