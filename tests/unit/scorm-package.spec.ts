/**
 * The SCORM package's manifest: its structure (always) and ADL's SCORM 1.2 schemas (where
 * SCORM12_SCHEMAS names their folder); and the messages of `npm run export:scorm` for what it
 * cannot do. The zip itself is built and checked by tests/e2e/scorm.spec.ts, which builds anyway.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBank } from '../../src/lib/bank/parse';
import { scormManifest } from '../../src/lib/lms/manifest';
import { ROOT, SLUG, shippedParagraphs } from './helpers';

const work = join(ROOT, 'tmp', `scorm-package-test-${process.pid}`);

function exportScorm(...args: string[]) {
	return spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'scripts/export-scorm.ts', ...args],
		{ cwd: ROOT, encoding: 'utf8' }
	);
}

/** The attributes of every element with this name, in document order. */
function elements(xml: string, name: string): Record<string, string>[] {
	return [...xml.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, 'g'))].map((m) =>
		Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))
	);
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the manifest', () => {
	const manifest = scormManifest({
		slug: 'a-module',
		title: 'Q&A: “Troops” <out>',
		launch: 'a-module/index.html',
		files: ['index.html', 'a-module/index.html', '_app/a b.js'],
		masteryScore: 70
	});

	it('is SCORM 1.2: one organization, one item, one SCO with every file', () => {
		expect(manifest).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<manifest /);
		expect(manifest).toContain('<schema>ADL SCORM</schema>');
		expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
		const [organization, ...more] = elements(manifest, 'organization');
		expect(more).toEqual([]);
		expect(elements(manifest, 'organizations')[0]!.default).toBe(organization!.identifier);
		const items = elements(manifest, 'item');
		expect(items).toHaveLength(1);
		const resources = elements(manifest, 'resource');
		expect(resources).toEqual([
			{
				identifier: items[0]!.identifierref,
				type: 'webcontent',
				'adlcp:scormtype': 'sco',
				href: 'a-module/index.html'
			}
		]);
		expect(elements(manifest, 'file').map((f) => f.href)).toEqual([
			'_app/a%20b.js',
			'a-module/index.html',
			'index.html'
		]);
		expect(manifest).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
		expect(manifest.match(/<title>[^<]*<\/title>/g)).toEqual([
			'<title>Q&amp;A: “Troops” &lt;out&gt;</title>',
			'<title>Q&amp;A: “Troops” &lt;out&gt;</title>'
		]);
	});

	it('leaves the mastery score out when there is no pass mark', () => {
		const without = scormManifest({ slug: 'm', title: 'M', launch: 'm/index.html', files: [] });
		expect(without).not.toContain('masteryscore');
	});
});

describe('the manifest against ADL’s SCORM 1.2 schemas', () => {
	beforeAll(() => mkdirSync(work, { recursive: true }));

	// As the export writes it for a real build (tests/e2e/scorm.spec.ts checks the zip itself).
	const manifest = scormManifest({
		slug: SLUG,
		title: 'Iraqi Prime Minister Al Kadhimi: “no need” for US combat troops & more',
		launch: `${SLUG}/index.html`,
		files: [
			'index.html',
			`${SLUG}/index.html`,
			`${SLUG}/quiz/play/index.html`,
			`${SLUG}/quiz/play/__data.json`,
			'_app/immutable/chunks/-mXWS-9K.js',
			'_app/immutable/assets/0.KCjzM97l.css',
			'search-index-v2.json'
		],
		masteryScore: 60
	});

	const schemas = process.env.SCORM12_SCHEMAS;
	const schemaNotice =
		'valid against ADL’s SCORM 1.2 schemas (skipped: set SCORM12_SCHEMAS to the folder holding imscp_rootv1p1p2.xsd and adlcp_rootv1p2.xsd)';
	if (!schemas) console.warn(`SCORM package: ${schemaNotice}`);

	it.skipIf(!schemas)(schemas ? 'is valid against ADL’s SCORM 1.2 schemas' : schemaNotice, () => {
		const folder = schemas!;
		for (const file of ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd'])
			expect(existsSync(join(folder, file)), `${file} in ${folder}`).toBe(true);
		// One schema importing both namespaces, read where they are (never copied here).
		const both = join(work, 'scorm12.xsd');
		const url = (file: string) => new URL(`file://${join(folder, file)}`).href;
		writeFileSync(
			both,
			`<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:lectern:scorm12-check">
	<xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="${url('imscp_rootv1p1p2.xsd')}"/>
	<xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="${url('adlcp_rootv1p2.xsd')}"/>
</xsd:schema>
`
		);
		const validate = (xml: string) => {
			const file = join(work, 'imsmanifest.xml');
			writeFileSync(file, xml);
			return spawnSync('xmllint', ['--noout', '--schema', both, file], { encoding: 'utf8' });
		};
		const result = validate(manifest);
		expect(result.error, 'xmllint (Debian: apt-get install libxml2-utils)').toBeUndefined();
		expect(result.stderr).toContain('imsmanifest.xml validates');
		expect(result.status).toBe(0);
		// The check bites: a manifest with a bad scormtype is refused.
		const broken = validate(manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="page"'));
		expect(broken.status).not.toBe(0);
		expect(broken.stderr).toMatch(/scormtype/);
	});
});

describe('npm run export:scorm refuses plainly what it cannot do', { timeout: 60_000 }, () => {
	beforeAll(() => mkdirSync(work, { recursive: true }));

	const refused = (args: string[], message: RegExp) => {
		const result = exportScorm(...args);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	};

	it('an unknown module or quiz', () => {
		refused(['no-such-module'], /There is no module “no-such-module”. Modules: kadhimi/);
		refused([SLUG, '--preset', 'nope'], /There is no quiz “nope” in module .*Quizzes: quick/);
	});

	it('a pass mark that is not a percentage', () => {
		for (const pass of ['101', '-5', 'seventy', '12.5'])
			refused(
				[SLUG, `--pass=${pass}`],
				/is not a pass mark: give a whole percentage from 0 to 100/
			);
	});

	it('a place the zip cannot be written', () => {
		writeFileSync(join(work, 'a-file'), '');
		refused([SLUG, '--out', work], /Cannot write the package to .*: it is a folder, not a file/);
		refused(
			[SLUG, '--out', join(work, 'missing', 'x.zip')],
			/Cannot write the package to .*: the folder .*missing does not exist/
		);
		refused(
			[SLUG, '--out', join(work, 'a-file', 'x.zip')],
			/Cannot write the package to .*: .*a-file is a file, not a folder/
		);
	});
});

describe('a quiz’s own pass mark', () => {
	const withPass = (pass: string) =>
		parseBank(
			readFileSync(join(ROOT, 'questions', `${SLUG}.yaml`), 'utf8').replace(
				'    count: 8\n',
				`    count: 8\n    pass: ${pass}\n`
			),
			`questions/${SLUG}.yaml`,
			{ paragraphs: shippedParagraphs() }
		);

	it('is read from the bank, for the package’s mastery score when --pass is not given', () => {
		const parsed = withPass('70');
		expect(parsed.issues).toEqual([]);
		expect(parsed.bank!.presets.find((p) => p.id === 'quick')!.pass).toBe(70);
		// Without one, the preset is as before (pages carry presets: no new key).
		expect(Object.keys(parsed.bank!.presets.find((p) => p.id === 'full')!)).not.toContain('pass');
	});

	it('must be a whole percentage', () => {
		for (const pass of ['120', '-1', '7.5', 'high'])
			expect(
				withPass(pass)
					.issues.map((i) => i.message)
					.join('\n'),
				pass
			).toMatch(/pass/);
	});
});
