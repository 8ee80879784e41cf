import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { SLUG, plain, player, readQuestions, squash, type BankQuestion } from './helpers';
import { serveStatic } from './static-site';

// The module exported with `npm run export:scorm`, unzipped and played by a test LMS: a page
// that makes scorm-again's SCORM 1.2 run-time its `window.API` and opens the package in a frame,
// as Moodle does. The graded quiz is "quick" (8 questions), with a pass mark of 60%.
const PORT = Number(process.env.SCORM_LMS_PORT ?? 4641);
const BASE = '/lms';
const PRESET = 'quick';
const PASS = 60;
const work = resolve('test-results/scorm-lms');
const bank = readQuestions();
let server: Server | undefined;
let launch = '';
/** The package's files, as zipped. */
const files: string[] = [];
const PHONE = 'the LMS is played on the desktop; the phone is looked at in the screenshots';
const MASTERY = { student_data: { mastery_score: String(PASS) } };
const SCORM_TYPES: Record<BankQuestion['type'], string> = {
	single: 'choice',
	multiple: 'choice',
	'true-false': 'true-false',
	'fill-blank': 'fill-in',
	'short-answer': 'fill-in',
	order: 'sequencing',
	match: 'matching'
};

interface Interaction {
	id: string;
	type: string;
	student_response: string;
	result: string;
	weighting: string;
	latency: string;
	correct_responses: Record<string, { pattern: string }>;
}
interface Cmi {
	core: {
		lesson_status: string;
		exit: string;
		session_time: string;
		score: { raw: string; min: string; max: string };
	};
	suspend_data: string;
	interactions: Record<string, Interaction>;
}
interface LmsWindow {
	commits: Cmi[];
	finished?: Cmi;
}

/** The test LMS. `state` preloads the learner's record (mastery score, suspend data…). */
const LMS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test LMS</title>
<style>
	body { margin: 0; font-family: system-ui, sans-serif; }
	header { padding: 0.5rem 1rem; background: #3c3c3c; color: #fff; }
	iframe { display: block; border: 0; width: 100%; height: calc(100vh - 2.4rem); }
</style>
<script src="scorm12.js"></script>
</head>
<body>
<header>Test LMS · Year 10 English</header>
<iframe id="sco" title="Lesson"></iframe>
<script>
	const params = new URLSearchParams(location.search);
	const snapshot = (api) => JSON.parse(JSON.stringify(api.renderCommitCMI(true))).cmi;
	window.commits = [];
	window.finished = undefined;
	if (params.get('api') !== 'none') {
		const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
		api.loadFromJSON(JSON.parse(params.get('state') || '{}'));
		const commit = api.LMSCommit.bind(api);
		api.LMSCommit = (p) => { const ok = commit(p); commits.push(snapshot(api)); return ok; };
		const finish = api.LMSFinish.bind(api);
		api.LMSFinish = (p) => { const ok = finish(p); window.finished = snapshot(api); return ok; };
		// An LMS that refuses some values, as a stricter or broken one would.
		const refuse = params.get('refuse');
		if (refuse) {
			let refused = false;
			const set = api.LMSSetValue.bind(api);
			api.LMSSetValue = (element, value) => {
				refused = element.startsWith(refuse);
				return refused ? 'false' : set(element, value);
			};
			const last = api.LMSGetLastError.bind(api);
			api.LMSGetLastError = () => (refused ? '405' : last());
		}
		window.API = api;
	}
	document.getElementById('sco').src = 'package/' + params.get('launch');
</script>
</body>
</html>
`;

test.describe('the SCORM package in an LMS', () => {
	test.describe.configure({ mode: 'serial' });

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		rmSync(work, { recursive: true, force: true });
		mkdirSync(join(work, 'site/package'), { recursive: true });
		files.length = 0;
		const zip = join(work, 'package.zip');
		const result = spawnSync(
			process.execPath,
			[
				'node_modules/tsx/dist/cli.mjs',
				'scripts/export-scorm.ts',
				SLUG,
				'--preset',
				PRESET,
				'--pass',
				String(PASS),
				'--out',
				zip
			],
			{ encoding: 'utf8' }
		);
		if (result.status !== 0) throw new Error(`export:scorm failed:\n${result.stderr}`);
		for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
			if (name.endsWith('/')) continue;
			files.push(name);
			mkdirSync(dirname(join(work, 'site/package', name)), { recursive: true });
			writeFileSync(join(work, 'site/package', name), data);
		}
		launch = /adlcp:scormtype="sco" href="([^"]+)"/.exec(
			readFileSync(join(work, 'site/package/imsmanifest.xml'), 'utf8')
		)![1]!;
		writeFileSync(join(work, 'site/lms.html'), LMS_PAGE);
		copyFileSync('node_modules/scorm-again/dist/scorm12.js', join(work, 'site/scorm12.js'));
		server = await serveStatic(join(work, 'site'), BASE, PORT);
	});

	test.afterAll(() => {
		server?.close();
	});

	test('the zip: the manifest at the root lists every file; relative paths; the LMS code only here', ({
		isMobile
	}) => {
		test.skip(isMobile, PHONE);
		const root = join(work, 'site/package');
		const manifest = readFileSync(join(root, 'imsmanifest.xml'), 'utf8');
		const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) =>
			decodeURIComponent(m[1]!)
		);
		expect(listed.sort()).toEqual(files.filter((f) => f !== 'imsmanifest.xml').sort());
		expect(launch).toBe(`${SLUG}/index.html`);
		expect(manifest).toContain(`<adlcp:masteryscore>${PASS}</adlcp:masteryscore>`);
		// What belongs to a web host stays out.
		for (const hostOnly of ['_headers', 'service-worker.js', '404.html'])
			expect(files).not.toContain(hostOnly);
		for (const name of files.filter((f) => f.endsWith('.html'))) {
			const html = readFileSync(join(root, name), 'utf8');
			expect(html, name).not.toMatch(/(?:href|src)="\/(?!\/)/);
		}
		const scripts = files.filter((f) => f.endsWith('.js'));
		const carries = (folder: string, names: string[]) =>
			names.some((f) => readFileSync(join(folder, f), 'utf8').includes('LMSInitialize'));
		expect(carries(root, scripts)).toBe(true);
		// The web build (npm run build, before the e2e tests) has none of it.
		const web = readdirSync('build/_app', { recursive: true, encoding: 'utf8' }).filter((f) =>
			f.endsWith('.js')
		);
		expect(web.length).toBeGreaterThan(0);
		expect(carries('build/_app', web)).toBe(false);
	});

	test('the graded quiz sends status, score, one interaction per question and the time', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, PHONE);
		const sco = await openLms(page, { state: MASTERY });
		await expect(sco.locator('.lms')).toContainText(
			'Connected to your school’s LMS: your result in Quick check is sent to your teacher.'
		);
		await sco.getByRole('link', { name: 'Quick check' }).click();
		const p = player(sco);
		await expect(p.counter).toHaveText('Question 1 of 8');

		// Every third question skipped: sent as wrong, with no answer.
		const answered: string[] = [];
		const skipped: string[] = [];
		for (let i = 0; i < 8; i++) {
			const q = await currentQuestion(sco);
			if (i % 3 === 1) skipped.push(q.id);
			else {
				await answerRight(sco, q);
				const before = await commitCount(page);
				await p.check.click();
				await expect(p.verdict).toBeVisible();
				answered.push(q.id);
				// Committed at once, with this answer in it.
				await expect.poll(() => commitCount(page)).toBeGreaterThan(before);
				const last = await lastCommit(page);
				expect(interactionsOf(last).map((x) => x.id)).toContain(q.id);
				expect(last.core.lesson_status).toBe('incomplete');
			}
			await (i === 7 ? p.results : p.next).click();
		}
		await expect(sco.getByRole('heading', { name: 'Your results: Quick check' })).toBeVisible();

		const percent = Math.round((answered.length / 8) * 100);
		await expect
			.poll(async () => (await lastCommit(page)).core.lesson_status)
			.toBe(percent >= PASS ? 'passed' : 'failed');
		const cmi = await lastCommit(page);
		expect(cmi.core.score).toEqual({ raw: String(percent), min: '0', max: '100' });
		expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
		expect(cmi.core.session_time).not.toBe('00:00:00');
		const interactions = interactionsOf(cmi);
		expect(interactions.map((x) => x.id).sort()).toEqual([...answered, ...skipped].sort());
		for (const x of interactions) {
			const q = bank.find((b) => b.id === x.id)!;
			const wasAnswered = answered.includes(x.id);
			expect(x.result, x.id).toBe(wasAnswered ? 'correct' : 'wrong');
			expect(x.type, x.id).toBe(SCORM_TYPES[q.type]);
			expect(x.weighting).toBe('1');
			if (wasAnswered) {
				expect(x.student_response, x.id).not.toBe('');
				expect(x.student_response, x.id).toBe(x.correct_responses['0']?.pattern);
				expect(x.latency, x.id).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
			} else expect(x.student_response, x.id).toBe('');
		}

		// Leaving after the results: finished, nothing to resume.
		await closeSco(page);
		const finished = await page.evaluate(() => (window as unknown as LmsWindow).finished!);
		expect(finished.core.exit).toBe('');
		expect(JSON.parse(finished.suspend_data)).toMatchObject({ f: 1 });
	});

	test('a student who closes mid-quiz is incomplete, and resumes there on another computer', async ({
		page,
		browser,
		isMobile
	}) => {
		test.skip(isMobile, PHONE);
		const sco = await openLms(page, { state: MASTERY });
		await sco.getByRole('link', { name: 'Quick check' }).click();
		const p = player(sco);
		const first = await currentQuestion(sco);
		await answerRight(sco, first);
		await p.check.click();
		await p.next.click();
		await expect(p.counter).toHaveText('Question 2 of 8');
		const second = await currentQuestion(sco);
		await closeSco(page);

		const left = await page.evaluate(() => (window as unknown as LmsWindow).finished!);
		expect(left.core.lesson_status).toBe('incomplete');
		expect(left.core.exit).toBe('suspend');
		expect(left.core.score.raw).toBe('');
		expect(interactionsOf(left).map((x) => [x.id, x.result])).toEqual([[first.id, 'correct']]);
		expect(left.suspend_data.length).toBeLessThanOrEqual(4096);
		expect(JSON.parse(left.suspend_data)).toMatchObject({ i: 1, c: [first.id] });

		// Another computer: nothing on the device, only what the LMS kept.
		const elsewhere = await browser.newContext();
		const page2 = await elsewhere.newPage();
		const sco2 = await openLms(page2, {
			state: {
				...MASTERY,
				core: { lesson_status: 'incomplete', entry: 'resume' },
				suspend_data: left.suspend_data
			}
		});
		await sco2.getByRole('link', { name: 'Quick check' }).click();
		const p2 = player(sco2);
		await expect(p2.counter).toHaveText('Question 2 of 8');
		expect((await currentQuestion(sco2)).id).toBe(second.id);
		await p2.back.click();
		expect((await currentQuestion(sco2)).id).toBe(first.id);
		await expect(p2.verdict).toBeVisible();
		await elsewhere.close();
	});

	test('an LMS that refuses a value: the student is told, in words', async ({ page, isMobile }) => {
		test.skip(isMobile, PHONE);
		const sco = await openLms(page, { state: MASTERY, refuse: 'cmi.interactions' });
		await sco.getByRole('link', { name: 'Quick check' }).click();
		await answerRight(sco, await currentQuestion(sco));
		await player(sco).check.click();
		const alert = sco.getByRole('alert').filter({ hasText: 'LMS' });
		await expect(alert).toContainText(
			'LMS problem: Your school’s LMS did not accept an answer (error 405: Incorrect Data Type). Your teacher may not see it: tell them.'
		);
		// Seen, not just announced: in the viewport, until the student has read it.
		await expect(alert).toBeInViewport();
		await player(sco).next.click();
		await expect(alert).toBeInViewport();
		await alert.getByRole('button', { name: 'OK' }).click();
		await expect(alert).toContainText('did not accept an answer');
		await expect(alert.getByRole('button', { name: 'OK' })).toHaveCount(0);
	});

	test('no LMS: the module works and says results are not sent anywhere', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, PHONE);
		const sco = await openLms(page, { api: 'none' });
		await expect(sco.locator('.lms')).toContainText(
			'No LMS found: your results are not being sent anywhere.'
		);
		await sco.getByRole('link', { name: 'Quick check' }).click();
		const p = player(sco);
		await answerRight(sco, await currentQuestion(sco));
		await p.check.click();
		await expect(p.verdict).toBeVisible();
		await expect(sco.locator('.lms')).toContainText('not being sent anywhere');
	});

	test('opened as files: the page says its quizzes do not work and nothing is sent', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, PHONE);
		// Browsers run no module scripts from file:// pages: only the notice the export wrote speaks.
		await page.goto(pathToFileURL(join(work, 'site/package', launch)).href);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Kadhimi');
		await expect(page.locator('#lectern-files-notice')).toHaveText(
			'This module is open as files, so its quizzes do not work and no results are sent anywhere. Open it from your school’s LMS.'
		);
		// Served by the LMS, the scripts run and take that notice away.
		const sco = await openLms(page, { state: MASTERY });
		await expect(sco.locator('.lms')).toContainText('Connected');
		await expect(sco.locator('#lectern-files-notice')).toHaveCount(0);
	});

	test('screenshots of the quiz in the LMS, with and without the API', async ({ page }, info) => {
		if (info.project.name === 'desktop') await page.setViewportSize({ width: 1280, height: 800 });
		const shot = (name: string) =>
			page.screenshot({
				path: resolve(`test-results/scorm-lms-shots/${info.project.name}-${name}.png`)
			});
		for (const api of ['with', 'without'] as const) {
			const sco = await openLms(page, api === 'with' ? { state: MASTERY } : { api: 'none' });
			await sco.getByRole('link', { name: 'Quick check' }).click();
			await expect(player(sco).counter).toHaveText('Question 1 of 8');
			await shot(`${api}-api`);
		}
		// The LMS refuses an answer: the error stays in sight where the student is.
		const sco = await openLms(page, { state: MASTERY, refuse: 'cmi.interactions' });
		await sco.getByRole('link', { name: 'Quick check' }).click();
		await answerRight(sco, await currentQuestion(sco));
		await player(sco).check.click();
		await expect(sco.getByRole('alert').filter({ hasText: 'LMS' })).toBeInViewport();
		await shot('refused');
	});
});

async function openLms(
	page: Page,
	options: { api?: 'none'; state?: object; refuse?: string } = {}
): Promise<FrameLocator> {
	const params = new URLSearchParams({ launch });
	if (options.api) params.set('api', options.api);
	if (options.state) params.set('state', JSON.stringify(options.state));
	if (options.refuse) params.set('refuse', options.refuse);
	await page.goto(`http://localhost:${PORT}${BASE}/lms.html?${params}`);
	return page.frameLocator('#sco');
}

const commitCount = (page: Page) =>
	page.evaluate(() => (window as unknown as LmsWindow).commits.length);
const lastCommit = (page: Page) =>
	page.evaluate(() => (window as unknown as LmsWindow).commits.at(-1)!);
/** Interactions as the LMS holds them (scorm-again keeps an empty one past the last). */
const interactionsOf = (cmi: Cmi) => Object.values(cmi.interactions).filter((x) => x.id);

/** The student closes the module: the LMS takes the frame away. */
async function closeSco(page: Page) {
	await page.evaluate(() => {
		(document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
	});
	await expect
		.poll(() => page.evaluate(() => !!(window as unknown as LmsWindow).finished))
		.toBe(true);
}

/** Which bank question is on screen, known by its prompt. */
async function currentQuestion(sco: FrameLocator): Promise<BankQuestion> {
	const prompt = player(sco).prompt;
	await expect(prompt).toBeVisible();
	const text = squash((await prompt.textContent()) ?? '');
	const card = squash((await sco.locator('.card').textContent()) ?? '');
	// Gap-fill questions share a prompt: their sentence tells them apart.
	const longestPiece = (q: BankQuestion) =>
		plain(q.text!)
			.split(/\{\d+\}/)
			.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
	const matches = bank.filter(
		(q) => plain(q.prompt) === text && (q.type !== 'fill-blank' || card.includes(longestPiece(q)))
	);
	expect(matches, `one question has the prompt "${text}"`).toHaveLength(1);
	return matches[0]!;
}

/** Answers the question on screen correctly, by clicking as a student would. */
async function answerRight(sco: FrameLocator, q: BankQuestion) {
	const card = sco.locator('.card');
	const choose = async (texts: string[]) => {
		const shown = (await card.locator('.choice .text').allTextContents()).map(squash);
		for (const text of texts) {
			const k = shown.indexOf(text);
			expect(k, `"${text}" is on offer`).toBeGreaterThanOrEqual(0);
			await card.locator('.choice').nth(k).click();
		}
	};
	switch (q.type) {
		case 'single':
		case 'multiple':
			return choose(q.options!.filter((o) => o.correct).map((o) => plain(o.text)));
		case 'true-false':
			return choose([q.answer ? 'True' : 'False']);
		case 'short-answer':
			return card.getByRole('textbox', { name: 'Your answer' }).fill(q.answers![0]!);
		case 'fill-blank':
			for (const [i, accepted] of q.blanks!.entries())
				await card.getByRole('textbox', { name: `Gap ${i + 1}` }).fill(accepted[0]!);
			return;
		case 'order': {
			const items = q.items!.map(plain);
			const rows = card.locator('ol.order li .text');
			for (let target = 0; target < items.length; target++) {
				let at = (await rows.allTextContents()).map(squash).indexOf(items[target]!);
				const up = card.getByRole('button', { name: `Move up: ${items[target]}`, exact: true });
				for (; at > target; at--) {
					await up.click();
					await expect(rows.nth(at - 1)).toHaveText(items[target]!);
				}
			}
			return;
		}
		case 'match':
			for (const pair of q.pairs!)
				await card
					.getByRole('combobox', { name: plain(pair.left), exact: true })
					.selectOption({ label: plain(pair.right) });
			return;
	}
}
