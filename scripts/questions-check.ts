/**
 * npm run questions:check [--strict] [files...]
 * Checks question banks (default: every questions/<slug>.yaml) together with their module's
 * article and glossary, and lists every problem as file:line:column with the line as written.
 * A file may also be a module's article.md or glossary.yaml: its whole module is checked.
 * Exit status 1 on any error; warnings (text students would see wrongly) count as errors only
 * with --strict or LECTERN_STRICT=1, as CI may want.
 */
import { checkFiles } from '../src/lib/server/check-files';
import { strictWarnings } from '../src/lib/server/content';
import { formatIssues } from '../src/lib/validation/issues';

const args = process.argv.slice(2);
const strict = args.includes('--strict') || strictWarnings();
const { issues, warnings, checked, questions } = checkFiles(args.filter((a) => a !== '--strict'));

if (issues.length || (strict && warnings.length)) {
	console.error(formatIssues([...issues, ...warnings]));
	if (warnings.length && !strict)
		console.error(
			'\nWarnings do not stop the build; --strict or LECTERN_STRICT=1 makes them errors.'
		);
	process.exit(1);
}
if (warnings.length) {
	console.error(formatIssues(warnings));
	console.error(
		'\nWarnings do not stop the build; --strict or LECTERN_STRICT=1 makes them errors.\n'
	);
}
console.log(
	`✔ ${checked.length} module${checked.length === 1 ? '' : 's'} checked (${checked.join(', ')}): ${questions} questions, ${warnings.length ? `no errors, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : 'no problems'}.`
);
