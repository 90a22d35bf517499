/** Types of scripts/manifest.mjs for the TypeScript tests that import it. */
export function manifestFor(source: Record<string, any>, target: 'chrome' | 'firefox'): Record<string, any>;
