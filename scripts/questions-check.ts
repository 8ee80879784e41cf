/**
 * npm run questions:check [files...]
 * Checks question banks (default: every questions/<slug>.yaml) together with their module's
 * article and glossary, and lists every problem as file:line:column. Exit status 1 on any error.
 */
import { checkFiles } from '../src/lib/server/check-files';
import { formatIssues } from '../src/lib/validation/issues';

const { issues, checked, questions } = checkFiles(process.argv.slice(2));

if (issues.length) {
	console.error(formatIssues(issues));
	process.exit(1);
}
console.log(
	`✔ ${checked.length} module${checked.length === 1 ? '' : 's'} checked (${checked.join(', ')}): ${questions} questions, no problems.`
);
