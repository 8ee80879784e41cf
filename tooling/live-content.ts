import { relative } from 'node:path';
import type { Plugin } from 'vite';

type Content = typeof import('../src/lib/server/content');
type Issues = typeof import('../src/lib/validation/issues');

/**
 * `npm run dev` only: the teacher's files are read from disk, not imported, so Vite does not
 * watch them. This watches them, checks every module on each save, and either reloads the open
 * pages or shows the validator's report (file:line:column) in Vite's error overlay and in the
 * terminal. The next good save reloads the page, which clears the overlay.
 */
export function liveContent(): Plugin {
	return {
		name: 'lectern-live-content',
		// Not under vitest, which also runs a Vite server (in mode `test`).
		apply: (_config, env) => env.command === 'serve' && env.mode !== 'test',
		async configureServer(server) {
			// Loaded through Vite, as the pages load them, rather than bundled into the config.
			const load = <T>(path: string) => server.ssrLoadModule(path) as Promise<T>;
			const content = await load<Content>('/src/lib/server/content.ts');
			const folders = [content.contentDir(), content.questionsDir()];
			server.watcher.add(folders);
			const onChange = async (path: string) => {
				if (!folders.some((folder) => path.startsWith(folder))) return;
				const { readModules } = await load<Content>('/src/lib/server/content.ts');
				const { issues } = readModules();
				const log = server.config.logger;
				if (!issues.length) {
					log.info(`lectern: ${relative(process.cwd(), path)} saved, content checked: reloading`, {
						timestamp: true
					});
					server.ws.send({ type: 'full-reload', path: '*' });
					return;
				}
				const { formatIssues } = await load<Issues>('/src/lib/validation/issues.ts');
				// In the terminal too: a teacher may have no page open.
				log.error(formatIssues(issues), { timestamp: true });
				const first = issues[0]!;
				server.ws.send({
					type: 'error',
					err: {
						message: formatIssues(issues),
						stack: '',
						plugin: 'lectern (the same report as npm run questions:check)',
						loc: { file: first.file, line: first.line, column: first.column }
					}
				});
			};
			for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, onChange);
		}
	};
}
