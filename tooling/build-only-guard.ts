import type { Plugin } from 'vite';
import { BUILD_ONLY_PACKAGES } from './build-only-packages.js';

const BUILD_ONLY = new RegExp(`^(?:${BUILD_ONLY_PACKAGES.join('|')})(?:/|$)|^node:`);

/**
 * The build-time half of the browser rule in tooling/eslint-layers.js: `vite build` fails if the
 * client or the search worker would bundle zod, yaml, js-yaml, markdown-it or a node: module,
 * however it got there (lint sees one import at a time; this sees the whole graph).
 */
export function buildOnlyGuard(): Plugin {
	return {
		name: 'lectern-build-only-guard',
		apply: 'build',
		// Before Vite's own resolver, which would answer first.
		enforce: 'pre',
		resolveId(source, importer, options) {
			const server = options?.ssr || (this.environment && this.environment.name !== 'client');
			if (!server && BUILD_ONLY.test(source)) {
				this.error(
					`${importer ?? 'an entry'} brings ${source} into browser code; it is build-only (see ARCHITECTURE.md).`
				);
			}
			return null;
		}
	};
}
