/**
 * npm run library:generate -- <dir> [count] [seed]: writes a synthetic library (content/ and
 * questions/) to <dir>, for trying the site at scale. Build it with
 * LECTERN_CONTENT_DIR=<dir>/content LECTERN_QUESTIONS_DIR=<dir>/questions npm run build.
 */
import { resolve } from 'node:path';
import { generateLibrary } from './generate';

const [dir, count = '20', seed = '1'] = process.argv.slice(2);
if (!dir) {
	console.error('Usage: npm run library:generate -- <dir> [count] [seed]');
	process.exit(2);
}
const modules = generateLibrary(resolve(dir), Number(count), Number(seed));
console.log(`wrote ${modules.length} modules to ${resolve(dir)}/content and questions`);
