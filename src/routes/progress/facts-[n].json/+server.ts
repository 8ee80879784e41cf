import { error, json } from '@sveltejs/kit';
import { factShards } from '$lib/server/progress-facts';

export const prerender = true;

export function entries() {
	return factShards().map((_, n) => ({ n: String(n) }));
}

/** The facts of the modules in shard `n`: the progress page fetches those it needs. */
export function GET({ params }) {
	const shard = factShards()[Number(params.n)];
	if (!/^\d+$/.test(params.n) || !shard) error(404, 'No such shard');
	return json(shard);
}
