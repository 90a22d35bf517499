/**
 * Fixture access shared by unit and browser tests: every case is a folder
 * `test/fixtures/<kind>/[<group>/]<case>/` with a source and, once reviewed, an
 * `expected.json` (see docs/testing.md). `<kind>` is the site adapter the case belongs
 * to (src/sites/<kind>).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Absolute path of test/fixtures. */
export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

/** What a case expects of the extracted article (every key optional but `article`). */
export interface Expected {
  /** Written by `npm run add-fixture` from current behaviour; fails every test until a person reviews it and removes the flag. */
  draft?: boolean;
  handmade?: boolean;
  /** For a hand-made page: the public page shape it follows (a site's template, a CMS's theme). */
  shape?: string;
  url?: string;
  article: boolean;
  title?: string;
  published?: string;
  updated?: string;
  sourceUrl?: string;
  siteName?: string;
  via?: string;
  byline?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  leadStartsWith?: string;
  /** The main image (first image shown). */
  image?: string;
  /** Every image the body must show, inline figures included (recovered from srcset / noscript). */
  images?: string[];
  mustContain?: string[];
  mustNotContain?: string[];
  /** Paragraph-level subheadings that must stay bold (RFI writes them as `<p><strong>`). */
  boldSubheadings?: string[];
  related?: string[];
  audio?: string[];
}

/** One fixture case. */
export interface FixtureCase {
  /** Path below test/fixtures, e.g. feedx/archive-md/rfi-seed-20230928. */
  id: string;
  dir: string;
  sourceFile: string;
  source: string;
  expected?: Expected;
}

/** Every case under test/fixtures/<folder> (folders holding a source.* file); `''` for every folder. */
export function fixtureCases(folder: string): FixtureCase[] {
  const out: FixtureCase[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const source = entries.find((e) => e.isFile() && /^source\.(md|html|txt)$/.test(e.name));
    if (source) {
      const expectedFile = join(dir, 'expected.json');
      out.push({
        id: relative(fixturesDir, dir),
        dir,
        sourceFile: join(dir, source.name),
        source: readFileSync(join(dir, source.name), 'utf8'),
        expected: existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected) : undefined,
      });
      return;
    }
    for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
  };
  walk(join(fixturesDir, folder));
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** One case by id. */
export function fixtureCase(id: string): FixtureCase {
  const found = fixtureCases(id.split('/')[0]!).find((c) => c.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}
