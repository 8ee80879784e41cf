import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCarefully, parseYaml } from '../../src/lib/validation/yaml';

describe('reading YAML: the fast path gives what the careful parser gives', () => {
	it('for the shipped question bank and glossary', () => {
		for (const file of [
			'questions/kadhimi-us-troops-2021.yaml',
			'content/kadhimi-us-troops-2021/glossary.yaml'
		]) {
			const source = readFileSync(file, 'utf8');
			expect(parseYaml(source, file).value).toEqual(parseCarefully(source, file).value);
		}
	});

	it('for values that must stay text, empty values and booleans', () => {
		const source = 'a: [no, 1984, 0123, 1.10, ~, "2,500"]\nb:\nc: true\nd: True\ne: yes\n';
		const fast = parseYaml(source, 'x.yaml');
		expect(fast.value).toEqual({
			a: ['no', '1984', '0123', '1.10', '~', '2,500'],
			b: '',
			c: true,
			d: true,
			e: 'yes'
		});
		expect(fast.value).toEqual(parseCarefully(source, 'x.yaml').value);
	});

	it('still locates a value when an error needs its place', () => {
		const fast = parseYaml('questions:\n  - id: a\n    prompt: b\n', 'x.yaml');
		expect(fast.locate(['questions', 0, 'prompt'])).toEqual({ line: 3, column: 13 });
	});

	it('still catches a number that splits a [flow, list] item', () => {
		const split = parseYaml('evidence: [about 2,500 troops]\n', 'x.yaml');
		expect(split.issues.map((i) => i.message)).toEqual([
			'the comma in "2,500" splits this list item in two'
		]);
	});

	it('still reports duplicate keys and tabs with their places', () => {
		expect(parseYaml('a: 1\na: 2\n', 'x.yaml').issues[0]).toMatchObject({
			line: 2,
			message: expect.stringContaining('`a` appears twice')
		});
		expect(parseYaml('a:\n\t- b\n', 'x.yaml').issues[0]).toMatchObject({
			line: 2,
			message: 'a tab is used for indentation'
		});
	});
});
