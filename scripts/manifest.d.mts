/** Types of scripts/manifest.mjs for the TypeScript tests that import it. */

/** A manifest: JSON whose keys the tests read freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a manifest is JSON of many shapes
type Manifest = Record<string, any>;

export function hostMatches(hosts: readonly string[]): string[];
export function manifestFor(source: Manifest, target: 'chrome' | 'firefox', hosts: readonly string[]): Manifest;
