/**
 * npm run questions:score
 * Runs every case of the teacher-mistakes corpus (tests/fixtures/teacher-mistakes/) through the
 * checks and prints its four-point score: right line and column; what is wrong in plain words;
 * how to fix it; no crash and the rest of the file still checked. The total is out of 100.
 * `--verbose` also prints why a point was lost.
 */
import { loadCorpus, runCase, scoreCase } from './teacher-mistakes';

const verbose = process.argv.includes('--verbose');
const cases = loadCorpus();
let sum = 0;
const point = (n: number) => (n === 1 ? '✔' : n === 0 ? '✘' : n.toFixed(1));
console.log('place what fix  robust  total  case');
for (const c of cases) {
	const score = scoreCase(c, runCase(c));
	sum += score.total;
	console.log(
		`  ${point(score.place)}    ${point(score.what)}    ${point(score.fix)}    ${point(score.robust)}     ${score.total.toFixed(1)}/4  ${c.name.replace(/\.(bank|glossary)\.yaml$|\.article\.md$/, '')}`
	);
	if (verbose) for (const note of score.notes) console.log(`        ${note}`);
}
const total = (sum / (4 * cases.length)) * 100;
console.log(
	`\n${cases.length} cases: ${sum.toFixed(1)} of ${4 * cases.length} points = ${total.toFixed(1)}/100`
);
