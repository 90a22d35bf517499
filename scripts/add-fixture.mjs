/**
 * Adds a fixture case in one command (see scripts/fixtures/add-fixture.ts):
 * `npm run add-fixture -- <item.md | saved-page.html> [--name <case>] [--url <address>]`.
 */
import { relative } from 'node:path';
import { importWithDom } from './fixtures/run-with-dom.mjs';

const { addFixture } = await importWithDom('./add-fixture.ts');
try {
  const dir = addFixture(process.argv.slice(2));
  const shown = relative(process.cwd(), dir);
  console.log(`wrote ${shown}/source.* and a DRAFT ${shown}/expected.json`);
  console.log('Now read the source, correct the draft (title, date, lead, snippets, junk), remove "draft": true,');
  console.log('and run `npx vitest run --config vitest.config.ts` until the case passes.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
