import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encodeHandIn } from '../../src/lib/handin/encode';
import type { HandIn } from '../../src/lib/handin/format';
import { qrPath } from '../../src/lib/handin/qr';
import { createRandom } from '../../src/lib/quiz/random';
import { SLUG, playUrl, player, plain, readQuestions, squash, type BankQuestion } from './helpers';

const RESULTS = 'teacher/results/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// One quiz link, of choice questions only, so the test can script each answer and count the options.
const bank = readQuestions();
const chosen = [
	...bank.filter((q) => q.type === 'single').slice(0, 3),
	...bank.filter((q) => q.type === 'true-false').slice(0, 2)
];
const LINK = { ids: chosen.map((q) => q.id).join(','), seed: 'class' };
// Half a class: enough for spread in the statistics; thirty took three minutes of CI.
const STUDENTS = 15;

/** Which questions each student gets right: abilities spread, later questions harder. */
function script(): boolean[][] {
	const random = createRandom('class-e2e');
	return Array.from({ length: STUDENTS }, (_, s) => {
		const ability = 0.15 + (0.8 * s) / (STUDENTS - 1);
		return chosen.map((_, j) => random() < ability + 0.25 - j * 0.1);
	});
}

const rightLabel = (q: BankQuestion) =>
	q.type === 'true-false'
		? q.answer
			? 'True'
			: 'False'
		: plain(q.options!.find((o) => o.correct)!.text);

/** The wrong option a student picks: the first wrong one on offer, so counts are predictable. */
const wrongLabel = (q: BankQuestion) =>
	q.type === 'true-false'
		? q.answer
			? 'False'
			: 'True'
		: plain(q.options!.find((o) => !o.correct)!.text);

async function takeQuiz(page: Page, right: boolean[]) {
	await page.goto(playUrl(LINK));
	const p = player(page);
	// Five new browsers at once each fetch the bank on a busy machine: the first question may take
	// longer than the usual five seconds to appear (CI saw "Loading the quiz…" past them).
	await expect(p.counter).toHaveText(`Question 1 of ${chosen.length}`, { timeout: 30_000 });
	for (let i = 0; i < chosen.length; i++) {
		await expect(p.counter).toHaveText(`Question ${i + 1} of ${chosen.length}`);
		const prompt = squash((await page.locator('.card .prompt').textContent())!);
		const j = chosen.findIndex((q) => plain(q.prompt) === prompt);
		expect(j, prompt).toBeGreaterThanOrEqual(0);
		const label = right[j] ? rightLabel(chosen[j]!) : wrongLabel(chosen[j]!);
		await page.locator('.card .choice').filter({ hasText: label }).first().click();
		await p.check.click();
		await expect(p.verdict).toBeVisible();
		await (i === chosen.length - 1 ? p.results : p.next).click();
	}
	await expect(page.getByRole('heading', { name: /^Your results/ })).toBeVisible();
}

async function giveName(page: Page, name: string) {
	await page.getByLabel('Your name, as your teacher knows you').fill(name);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByText(`Handing in as ${name}`)).toBeVisible();
}

interface Student {
	name: string;
	right: boolean[];
	file?: string;
	text?: string;
}

/** One student in a browser of their own: takes the quiz and hands in by file or by text. */
async function student(browser: Browser, s: Student, byText: boolean, dir: string) {
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	try {
		await takeQuiz(page, s.right);
		await giveName(page, s.name);
		if (byText) {
			await page.getByRole('button', { name: 'Copy as text' }).click();
			await expect(page.getByText('Copied.')).toBeVisible();
			s.text = await page.evaluate(() => navigator.clipboard.readText());
		} else {
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Download the file' }).click();
			const file = await download;
			expect(file.suggestedFilename()).toMatch(new RegExp(`^handin-${SLUG}-.+\\.txt$`));
			s.file = `${dir}/${file.suggestedFilename()}`;
			await file.saveAs(s.file);
		}
	} finally {
		await context.close();
	}
}

/** Facility and discrimination worked out here, from the script, with their textbook formulas. */
function expected(students: Student[]) {
	const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	return chosen.map((_, j) => {
		const x = students.map((s): number => (s.right[j] ? 1 : 0));
		const rest = students.map(
			(s) => s.right.filter((r, k) => k !== j && r).length / (chosen.length - 1)
		);
		const mx = avg(x);
		const my = avg(rest);
		const cov = x.reduce((sum, xi, i) => sum + (xi - mx) * (rest[i]! - my), 0);
		const vx = x.reduce((sum, xi) => sum + (xi - mx) ** 2, 0);
		const vy = rest.reduce((sum, yi) => sum + (yi - my) ** 2, 0);
		return {
			facility: `${Math.round(mx * 100)}%`,
			discrimination: vx && vy ? (cov / Math.sqrt(vx * vy)).toFixed(2) : '–',
			rightCount: x.filter(Boolean).length
		};
	});
}

async function axe(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target).join(', ')}`),
		what
	).toEqual([]);
}

test.describe('class results', () => {
	test.skip(({ isMobile }) => isMobile, 'fifteen browsers once, on desktop');

	test('15 students hand in; the teacher sees the class and its statistics', async ({
		browser,
		page
	}, info) => {
		test.setTimeout(600_000);
		const dir = info.outputPath();
		const right = script();
		const students: Student[] = right.map((r, s) => ({ name: `Student ${s + 1}`, right: r }));
		// Five at a time: fifteen browsers at once would only queue on two cores.
		for (let s = 0; s < STUDENTS; s += 5)
			await Promise.all(
				students.slice(s, s + 5).map((st, k) => student(browser, st, (s + k) % 6 === 5, dir))
			);

		await page.goto(RESULTS);
		await expect(page.getByText('No hand-ins yet')).toBeVisible();
		const files = students.filter((s) => s.file).map((s) => s.file!);
		await page.locator('#handin-files').setInputFiles(files);
		await expect(page.getByText(`${files.length} hand-ins added.`)).toBeVisible();
		const texts = students.filter((s) => s.text).map((s) => s.text!);
		await page.getByLabel(/Or paste hand-ins/).fill(texts.join('\n\nand the next one:\n'));
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await expect(page.getByText(`${texts.length} hand-ins added.`)).toBeVisible();
		expect(files.length + texts.length).toBe(STUDENTS);

		// The table: a row per student with the score the script gives.
		const rows = page.getByRole('table', { name: /credit per question/ }).locator('tbody tr');
		await expect(rows).toHaveCount(STUDENTS);
		for (const s of students) {
			const row = rows.filter({ has: page.getByRole('rowheader', { name: s.name, exact: true }) });
			const points = s.right.filter(Boolean).length;
			await expect(row.locator('td').nth(0)).toHaveText(`${points}/${chosen.length}`);
			await expect(row.locator('td').nth(1)).toHaveText(
				`${Math.round((points / chosen.length) * 1000) / 10}%`
			);
		}

		// The item analysis: facility and discrimination as computed here, option counts too.
		const figures = expected(students);
		for (const [j, q] of chosen.entries()) {
			const item = page
				.locator('.items > li')
				.filter({ has: page.locator(`code:text-is("${q.id}")`) });
			await expect(item.locator('dt:text-is("Facility") + dd')).toHaveText(figures[j]!.facility);
			await expect(item.locator('dt:text-is("Discrimination") + dd')).toHaveText(
				figures[j]!.discrimination
			);
			const right = item.locator('tbody tr').filter({ hasText: '(right)' });
			await expect(right.locator('td')).toHaveText(String(figures[j]!.rightCount));
			// It names the file and line, and links to the question in the teacher view.
			const line =
				readFileSync(`questions/${SLUG}.yaml`, 'utf8')
					.split('\n')
					.findIndex((l) => l.trim() === `- id: ${q.id}`) + 1;
			await expect(item.locator('.where')).toHaveText(
				`Written in questions/${SLUG}.yaml, line ${line}`
			);
			await expect(item.getByRole('link')).toHaveAttribute('href', `/${SLUG}/teacher/#q-${q.id}`);
		}

		// Sorting by score puts the best first.
		await page.getByRole('button', { name: 'Score' }).click();
		const best = Math.max(...students.map((s) => s.right.filter(Boolean).length));
		await expect(rows.first().locator('td').first()).toHaveText(`${best}/${chosen.length}`);

		// CSV: one row per student, quoted, one column per question.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export CSV' }).click();
		const csvPath = `${dir}/class.csv`;
		await (await download).saveAs(csvPath);
		const csv = readFileSync(csvPath, 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		// Question columns come in the bank's order.
		const inBankOrder = chosen
			.map((q, j) => [bank.indexOf(q), j] as const)
			.sort((a, b) => a[0] - b[0])
			.map(([, j]) => j);
		expect(lines).toHaveLength(STUDENTS + 1);
		expect(lines[0]).toBe(
			`"Name","Quiz","Finished","Score","Out of","Percentage",${inBankOrder.map((j) => `"Q${bank.indexOf(chosen[j]!) + 1} ${chosen[j]!.id}"`).join(',')}`
		);
		for (const s of students) {
			const line = lines.find((l) => l.startsWith(`"${s.name}",`))!;
			const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
			expect(cells.slice(3, 6)).toEqual([
				String(s.right.filter(Boolean).length),
				String(chosen.length),
				String(Math.round((s.right.filter(Boolean).length / chosen.length) * 1000) / 10)
			]);
			expect(cells.slice(6)).toEqual(inBankOrder.map((j) => (s.right[j] ? '1' : '0')));
		}

		// Kept in the teacher's own database, there after a reload.
		await page.reload();
		await expect(rows).toHaveCount(STUDENTS);
		const databases = await page.evaluate(async () =>
			(await indexedDB.databases()).map((d) => d.name)
		);
		expect(databases).toContain('lectern-teacher');

		// No axe violations, light and dark.
		await axe(page, 'class results, light');
		await page.emulateMedia({ colorScheme: 'dark' });
		await axe(page, 'class results, dark');

		// Erase, after a confirmation.
		await page.getByRole('button', { name: 'Erase the class’s data…' }).click();
		await page.getByRole('button', { name: 'Keep them' }).click();
		await expect(rows).toHaveCount(STUDENTS);
		await page.getByRole('button', { name: 'Erase the class’s data…' }).click();
		await page.getByRole('button', { name: `Erase ${STUDENTS} hand-ins` }).click();
		await expect(page.getByText('No hand-ins yet')).toBeVisible();
		await page.reload();
		await expect(page.getByText('No hand-ins yet')).toBeVisible();
	});

	test('a QR code round trip: shown by the student, read from a screenshot', async ({
		page,
		browser
	}, info) => {
		await takeQuiz(page, [true, false, true, true, false]);
		await giveName(page, 'Quinn QR');
		await page.getByRole('button', { name: 'Show a QR code' }).click();
		const code = page.getByRole('img', { name: 'QR code of your hand-in' });
		const shot = info.outputPath('qr.png');
		await code.screenshot({ path: shot });

		const teacher = await browser.newPage();
		await teacher.goto(RESULTS);
		await expect(teacher.getByText('No hand-ins yet')).toBeVisible();
		// An image goes through the same decoding as a camera frame (decodeQr in scan.ts).
		await teacher.locator('#handin-files').setInputFiles(shot);
		await expect(teacher.getByText('1 hand-in added.')).toBeVisible();
		await expect(teacher.getByRole('rowheader', { name: 'Quinn QR' })).toBeVisible();
		await expect(teacher.locator('tbody tr td').first()).toHaveText(`3/${chosen.length}`);
		await teacher.close();
	});

	test('a hand-in from My progress, under the name given once', async ({ page }) => {
		await takeQuiz(page, [true, true, true, true, true]);
		await giveName(page, 'Pat Progress');
		await page.goto('progress/');
		await page.getByText('Hand in a quiz to your teacher').click();
		await page.getByRole('button', { name: 'Hand in', exact: true }).click();
		await expect(page.getByText('Handing in as Pat Progress')).toBeVisible();
		await page.getByRole('button', { name: 'Change name' }).click();
		await page.getByLabel('Your name, as your teacher knows you').fill('Pat P.');
		await page.getByRole('button', { name: 'Save name' }).click();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download the file' }).click();
		expect((await download).suggestedFilename()).toMatch(/-Pat-P-/);
	});

	test('bad input gets a clear message and loses nothing', async ({ page }, info) => {
		const good: HandIn = {
			format: 1,
			module: SLUG,
			version: 'x',
			link: 'seed=bad',
			title: 'Quiz',
			name: 'Good Student',
			startedAt: 1_000_000,
			finishedAt: 1_060_000,
			answers: [{ id: chosen[0]!.id, hash: 'old', response: null, credit: 1, at: 10 }]
		};
		await page.goto(RESULTS);
		await page.getByLabel(/Or paste hand-ins/).fill(encodeHandIn(good));
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await expect(page.getByText('1 hand-in added.')).toBeVisible();

		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			return d.dismiss();
		});
		const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		const text = encodeHandIn({ ...good, name: hostile, finishedAt: 2_000_000 });
		const damaged = text.replace(/.{10}\.$/, 'AAAAAAAAAA.');
		const files: Record<string, string> = {
			'other-module.txt': encodeHandIn({ ...good, module: 'some-other-module' }),
			'damaged.txt': damaged,
			'truncated.txt': text.slice(0, text.length - 30),
			'newer.txt': text.replace('LECTERN-HANDIN/1', 'LECTERN-HANDIN/9'),
			'hostile.txt': text,
			'again.txt': encodeHandIn(good)
		};
		const paths = Object.entries(files).map(([name, content]) => {
			const path = info.outputPath(name);
			writeFileSync(path, content);
			return path;
		});
		// A QR code that is not a hand-in, as a picture.
		const { size, d } = qrPath('https://example.com/not-a-hand-in');
		await page.setContent(
			`<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${size + 8} ${size + 8}" width="400" height="400" shape-rendering="crispEdges"><rect x="-4" y="-4" width="${size + 8}" height="${size + 8}" fill="#fff"/><path d="${d}"/></svg>`
		);
		const qr = info.outputPath('not-a-handin.png');
		await page.locator('svg').screenshot({ path: qr });

		await page.goto(RESULTS);
		await expect(page.getByRole('rowheader', { name: 'Good Student' })).toBeVisible();
		await page.locator('#handin-files').setInputFiles([...paths, qr]);
		await expect(
			page.getByText('1 hand-in added, 1 already here (counted once), 5 could not be added')
		).toBeVisible();
		const problems = page.locator('.problems li');
		await expect(problems.filter({ hasText: 'other-module.txt' })).toContainText(
			'is for the module “some-other-module”, which this site does not have'
		);
		await expect(problems.filter({ hasText: 'damaged.txt' })).toContainText('damaged');
		await expect(problems.filter({ hasText: 'truncated.txt' })).toContainText('incomplete');
		await expect(problems.filter({ hasText: 'newer.txt' })).toContainText(
			'made by a newer version of Lectern'
		);
		await expect(problems.filter({ hasText: 'not-a-handin.png' })).toContainText(
			'This is not a Lectern hand-in'
		);

		// The hostile name is shown as text; nothing ran; the earlier hand-in is still there.
		await expect(page.getByRole('rowheader', { name: hostile })).toBeVisible();
		expect(await page.locator('tbody img, tbody script').count()).toBe(0);
		await expect(page.getByRole('rowheader', { name: 'Good Student' })).toBeVisible();
		// Its answer was to an older version of the question: kept, marked, not counted.
		await expect(page.locator('tbody td.outdated').first()).toContainText('*');
		expect(dialogs).toBe(0);
	});
});
