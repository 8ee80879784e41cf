/** The `?mark=p-12:30-95` parameter: a passage of one paragraph to highlight. */
export interface Highlight {
	paragraph: string;
	start: number;
	end: number;
}

export function highlightParam(h: Highlight): string {
	return `${h.paragraph}:${h.start}-${h.end}`;
}

export function parseHighlight(value: string | null): Highlight | undefined {
	const match = /^(p-\d{1,4}):(\d{1,6})-(\d{1,6})$/.exec(value ?? '');
	if (!match) return undefined;
	const start = Number(match[2]);
	const end = Number(match[3]);
	return end > start ? { paragraph: match[1]!, start, end } : undefined;
}
