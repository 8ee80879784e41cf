import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSchemas } from '../../tooling/editor-schemas';
import { ROOT } from './helpers';

// If this fails after a schema change, run `npm run questions:schema` and commit the result.
describe('committed editor JSON Schemas are generated from the zod schemas', () => {
	const schemas = editorSchemas();

	it('generates exactly the three committed schema files', () => {
		expect(Object.keys(schemas).sort()).toEqual([
			'questions/schema.json',
			'schemas/article-front-matter.schema.json',
			'schemas/glossary.schema.json'
		]);
	});

	it.each(Object.keys(schemas))(
		'%s equals editorSchemas() output (re-run `npm run questions:schema`)',
		(path) => {
			const committed = readFileSync(join(ROOT, path), 'utf8');
			expect(JSON.parse(committed)).toEqual(schemas[path]);
			// Byte for byte as scripts/questions-schema.ts writes it.
			expect(committed).toBe(`${JSON.stringify(schemas[path], null, '\t')}\n`);
		}
	);

	it('the question bank schema knows every question type and rejects unknown keys', () => {
		const text = JSON.stringify(schemas['questions/schema.json']);
		for (const type of [
			'single',
			'multiple',
			'true-false',
			'fill-blank',
			'short-answer',
			'order',
			'match'
		]) {
			expect(text).toContain(`"const":"${type}"`);
		}
		expect(text).toContain('"additionalProperties":false');
	});

	it('the shipped YAML files point at the committed schemas', () => {
		const bank = readFileSync(join(ROOT, 'questions/kadhimi-us-troops-2021.yaml'), 'utf8');
		expect(bank.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
		const glossary = readFileSync(
			join(ROOT, 'content/kadhimi-us-troops-2021/glossary.yaml'),
			'utf8'
		);
		expect(glossary.split('\n')[0]).toBe(
			'# yaml-language-server: $schema=../../schemas/glossary.schema.json'
		);
	});
});
