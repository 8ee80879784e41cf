import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { buildOnlyGuard } from '../../tooling/build-only-guard';

/**
 * The layer rules (tooling/eslint-layers.js) can fail: planted files, linted as if they sat at
 * the given path with the project's own eslint.config.js, must be reported, and their lawful
 * twins must not.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path });
	return result!.messages.filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message);
}

describe('layer rules', { timeout: 60_000 }, () => {
	it('fail a sideways import between areas of one layer', async () => {
		const errors = await layerErrors(
			'src/lib/quiz/planted.ts',
			"import { SEARCH_FILE } from '../search/file';\nexport const planted = SEARCH_FILE;\n"
		);
		expect(errors).toEqual(['quiz may not import search: see the layers in ARCHITECTURE.md']);
	});

	it('fail an import of a higher layer, however the path is spelt', async () => {
		for (const source of ['../quiz/score', '$lib/quiz/score']) {
			const errors = await layerErrors(
				'src/lib/text/planted.ts',
				`import { score } from '${source}';\nexport const planted = score;\n`
			);
			expect(errors).toEqual(['text may not import quiz: see the layers in ARCHITECTURE.md']);
		}
	});

	it('fail a browser import of yaml, zod, markdown-it or node:', async () => {
		for (const source of ['yaml', 'zod', 'markdown-it', 'node:fs']) {
			const errors = await layerErrors(
				'src/lib/quiz/planted.ts',
				`import * as planted from '${source}';\nexport { planted };\n`
			);
			expect(errors, source).toHaveLength(1);
			expect(errors[0], source).toMatch(`browser code may not import ${source}`);
		}
	});

	it('tell a universal load (browser) from a server load (build-only)', async () => {
		const code = "import { parse } from 'yaml';\nexport const load = () => parse('a: 1');\n";
		expect(await layerErrors('src/routes/planted/+page.ts', code)).toEqual([
			'browser code may not import yaml, which is build-only: see ARCHITECTURE.md'
		]);
		expect(await layerErrors('src/routes/planted/+page.server.ts', code)).toEqual([]);
	});

	it('fail a browser import of a build-only file, within an area too', async () => {
		const errors = await layerErrors(
			'src/lib/content/planted.ts',
			"import { markdown } from './markdown';\nexport const planted = markdown;\n"
		);
		expect(errors).toEqual([
			'browser code may not import a build-only file (src/lib/content/markdown.ts): see ARCHITECTURE.md'
		]);
	});

	it('fail a file in no area', async () => {
		const errors = await layerErrors('src/lib/planted/planted.ts', 'export const planted = 1;\n');
		expect(errors).toHaveLength(1);
	});

	it('pass lawful imports: downwards, and build-only code using build-only packages', async () => {
		expect(
			await layerErrors(
				'src/lib/quiz/planted.ts',
				"import type { Question } from '../bank/types';\nimport { normaliseAnswer } from '$lib/text/normalise-answer';\nexport type Planted = Question;\nexport const planted = normaliseAnswer;\n"
			)
		).toEqual([]);
		expect(
			await layerErrors(
				'src/lib/validation/planted.ts',
				"import { parse } from 'yaml';\nimport { readFileSync } from 'node:fs';\nexport const planted = [parse, readFileSync];\n"
			)
		).toEqual([]);
	});
});

describe('the build-only guard (vite build)', () => {
	// resolveId as Vite calls it: `this` carries the environment and the error reporter.
	const resolve = (source: string, environment: string) => {
		const hook = buildOnlyGuard().resolveId as (
			this: unknown,
			source: string,
			importer: string,
			options: { ssr?: boolean }
		) => null;
		const context = {
			environment: { name: environment },
			error: (message: string) => {
				throw new Error(message);
			}
		};
		return () =>
			hook.call(context, source, 'src/lib/quiz/planted.ts', { ssr: environment === 'ssr' });
	};

	it('fails a browser build that would bundle a build-only package', () => {
		for (const source of ['yaml', 'zod', 'zod/v4', 'js-yaml', 'markdown-it', 'node:fs']) {
			expect(resolve(source, 'client'), source).toThrow(
				`src/lib/quiz/planted.ts brings ${source} into browser code`
			);
		}
	});

	it('lets the server build and other packages through', () => {
		expect(resolve('yaml', 'ssr')()).toBeNull();
		expect(resolve('lunr', 'client')()).toBeNull();
		expect(resolve('zodiac', 'client')()).toBeNull();
	});
});
