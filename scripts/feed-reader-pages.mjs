/**
 * Rebuilds the hand-made feed-reader pages in test/fixtures/feed-readers from their
 * builders (scripts/fixtures/feed-readers) and the feedx fixtures: `npm run feed-reader-pages`.
 */
import { relative } from 'node:path';
import { importWithDom } from './fixtures/run-with-dom.mjs';

const { writeCases } = await importWithDom('./feed-readers/build.ts');
const { dirs, warnings } = writeCases();
for (const w of warnings) console.warn(`note: ${w}`);
console.log(`wrote ${dirs.length} cases:\n${dirs.map((d) => `  ${relative(process.cwd(), d)}`).join('\n')}`);
