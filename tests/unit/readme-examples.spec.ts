import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readModule } from '../../src/lib/server/content';
import { parseBank } from '../../src/lib/bank/parse';
import { formatIssues } from '../../src/lib/validation/issues';
import type { Paragraph } from '../../src/lib/content/types';
import { parseGlossary } from '../../src/lib/glossary/load';

const yamlBlocks = (file: string) =>
	[...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!.trimEnd());

describe('the examples teachers copy from the READMEs pass the checks', () => {
	it('every question example in questions/README.md, against the shipped article', () => {
		const [, ...examples] = yamlBlocks('questions/README.md');
		const perType = examples.filter((block) => block.startsWith('- id:'));
		// One a type, and the short answer with `acceptAliases: false`.
		expect(perType.length).toBe(8);
		const source = `module: kadhimi-us-troops-2021\nquestions:\n${perType.map((b) => b.replace(/^/gm, '  ')).join('\n')}\n`;
		const shipped = readModule('kadhimi-us-troops-2021').module!;
		const paragraphs = shipped.article.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
		const parsed = parseBank(source, 'questions/README.md', {
			paragraphs,
			glossary: shipped.glossary
		});
		expect(parsed.issues.length ? formatIssues(parsed.issues) : '').toBe('');
		expect(parsed.bank?.questions.map((q) => q.type).sort()).toEqual([
			'fill-blank',
			'match',
			'multiple',
			'order',
			'short-answer',
			'short-answer',
			'single',
			'true-false'
		]);
	});

	it('the glossary example in README.md', () => {
		const glossary = yamlBlocks('README.md').find((block) => block.includes('terms:'))!;
		expect(parseGlossary(glossary, 'README.md').issues).toEqual([]);
	});
});
