/** Types of scripts/manifest.mjs for the TypeScript tests that import it. */
export function hostMatches(hosts: readonly string[]): string[];
export function manifestFor(source: Record<string, any>, target: 'chrome' | 'firefox', hosts: readonly string[]): Record<string, any>;
