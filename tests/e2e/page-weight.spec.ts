import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { FIRST_LOAD_BUDGETS, firstLoadJs } from '../../scripts/page-weight';
import { SLUG } from './helpers';

/*
 * Each student page's first-load JavaScript, gzipped, from the built files: a deterministic size
 * (timed figures stay in `npm run bench`). A page over budget loads slower on a phone.
 */
const buildDir = process.env.BUILD_DIR ?? 'build';

for (const [name, path, budget] of FIRST_LOAD_BUDGETS) {
	if (budget === undefined) continue;
	test(`the ${name} page's first-load JavaScript is within ${budget.toLocaleString('en')} bytes`, () => {
		test.skip(test.info().project.name !== 'desktop', 'sizes of the build: once is enough');
		const bytes = firstLoadJs(join(buildDir, path.replace('<slug>', SLUG)), buildDir);
		expect(bytes).toBeGreaterThan(20_000);
		expect(bytes).toBeLessThanOrEqual(budget);
	});
}
