/**
 * Question ids made unique as `same`, `same-2`, `same-3`…. Each base remembers the next number to
 * try, so 10,000 copies of one title take linear time (searching up from 2 for every copy was
 * quadratic: 21 s for 10,000 questions).
 */
export class UniqueIds {
	private readonly next = new Map<string, number>();

	/** `taken` may be given to see the work done (tests count its lookups). */
	constructor(private readonly taken: Set<string> = new Set()) {}

	/** Takes `id` as it is, if no question has it yet. */
	claim(id: string): boolean {
		if (this.taken.has(id)) return false;
		this.taken.add(id);
		return true;
	}

	/** `base` if free, else `base-n` with the lowest n not yet tried for this base. */
	unique(base: string): string {
		let n = this.next.get(base) ?? 1;
		let id = n === 1 ? base : `${base}-${n}`;
		while (this.taken.has(id)) id = `${base}-${++n}`;
		this.next.set(base, n + 1);
		this.taken.add(id);
		return id;
	}
}
