import type { HandleServerError } from '@sveltejs/kit';
import { ContentError } from '$lib/validation/issues';

/** A teacher's broken file is not an internal error: under `npm run dev` the page shows the report. */
export const handleError: HandleServerError = ({ error }) => {
	if (error instanceof ContentError) return { message: error.message, issues: true };
	return { message: 'Internal Error' };
};
