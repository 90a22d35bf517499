// @vitest-environment node
/**
 * The lint rules that keep the live page read only (LivePage, src/sites/adapter.ts;
 * eslint.config.js): an adapter sees it only in its live-*.ts modules, and there it
 * may read, never change, move or copy a node. Checked on code that breaks them.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });
const errors = async (code: string, file: string) =>
  (await eslint.lintText(code, { filePath: join(root, file) }))[0]!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;

const reads = `import type { PageInput } from '../adapter';
export const firstTitle = (page: PageInput) => page.live.copyOf(page.live.document.querySelector('h1')!);
`;

describe('the live page', () => {
  it("is seen in an adapter's live-*.ts modules only", async () => {
    expect(await errors(reads, 'src/sites/feed-readers/live-example.ts')).toBe(0);
    expect(await errors(reads, 'src/sites/feed-readers/example.ts')).toBe(2);
  });
  it.each([
    ['moved', 'other.append(el);'],
    ['copied without copyOf', 'other.append(el.cloneNode(true));'],
    ['adopted', 'other.ownerDocument.adoptNode(el);'],
    ['changed', "el.textContent = '';"],
    ['stripped of an attribute', "el.removeAttribute('onclick');"],
    ['focused', '(el as HTMLElement).focus();'],
  ])('is never %s there', async (_, statement) => {
    const code = `import type { PageInput } from '../adapter';
export function bad(page: PageInput, other: Element) {
  const el = page.live.document.querySelector('p')!;
  ${statement}
}
`;
    expect(await errors(code, 'src/sites/feed-readers/live-example.ts')).toBeGreaterThan(0);
  });
});
