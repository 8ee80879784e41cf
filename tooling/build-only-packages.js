/**
 * Packages the browser must never get: large, and only needed to read content at build time.
 * node: modules are kept out too. Used by the lint rule (eslint-layers.js) and the build guard
 * (build-only-guard.ts).
 */
export const BUILD_ONLY_PACKAGES = ['zod', 'yaml', 'js-yaml', 'markdown-it'];
