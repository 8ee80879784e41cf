import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indentationSlip } from '../../src/lib/validation/indentation';

const wellIndented = [
	'questions/kadhimi-us-troops-2021.yaml',
	'content/kadhimi-us-troops-2021/glossary.yaml',
	'tests/fixtures/second-module/questions/gettysburg-address-1863.yaml',
	'scripts/templates/questions.yaml'
];

describe('indentation slips', () => {
	it.each(wellIndented)('finds none on any line of %s', (path) => {
		const source = readFileSync(path, 'utf8');
		const lines = source.split('\n').length;
		for (let line = 1; line <= lines; line++) expect(indentationSlip(source, line)).toBeUndefined();
	});

	it('allows a child under a key that opens a block, and a new item at the dash', () => {
		const source =
			'questions:\n  - id: a\n    evidence:\n      - quote\n    skills: [x]\n  - id: b\n';
		for (let line = 1; line <= 6; line++) expect(indentationSlip(source, line)).toBeUndefined();
	});

	it('names the sibling key above a key that is a space out', () => {
		const source = 'questions:\n  - id: a\n    type: single\n     prompt: Hi\n';
		expect(indentationSlip(source, 4)).toMatchObject({
			line: 4,
			column: 6,
			expected: '4 spaces, like `type` on line 3'
		});
	});
});
