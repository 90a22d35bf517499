/**
 * The background's answer to a starting reader (src/background/reader-setup.ts)
 * and the reader's strings made from it (src/reader/strings.ts): every string
 * the reader shows, in every shipped language, must come out exactly as
 * browser.i18n would give it in the page, substitutions included.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults, type Settings } from '../../src/shared/settings';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const localesDir = join(import.meta.dirname, '../../public/_locales');
const catalogues = Object.fromEntries(
  readdirSync(localesDir).map((l) => [l, JSON.parse(readFileSync(join(localesDir, l, 'messages.json'), 'utf8')) as Catalogue]),
);

/** The browser's language and storage, as the test sets them. */
const env = vi.hoisted(() => ({ locale: 'en', stored: undefined as Settings | undefined }));

/**
 * i18n.getMessage as the browsers implement it: named placeholders become their
 * content, then `$1`… the substitutions (none given: empty), `$$` a dollar.
 */
function getMessage(key: string, substitutions: string | string[] = []): string {
  const entry = catalogues[env.locale.replace('-', '_')]?.[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const named = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
  );
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

vi.mock('../../src/shared/browser', () => ({
  default: { i18n: { getMessage: (key: string, subs?: string | string[]) => getMessage(key, subs), getUILanguage: () => env.locale } },
}));
vi.mock('../../src/shared/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/shared/settings')>()),
  settings: {
    get: () => (env.stored ? Promise.resolve(env.stored) : Promise.reject(new Error('storage is broken'))),
    set: () => Promise.resolve(),
    onChanged: () => () => undefined,
  },
}));

const { readerStringKeys } = await import('../../src/reader/string-keys');

/** A fresh background module, as after the browser (or the service worker) started. */
async function freshBackground() {
  vi.resetModules();
  return import('../../src/background/reader-setup');
}

beforeEach(() => {
  env.stored = { ...defaults, fontSize: 24 };
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readerSetup', () => {
  it('answers with the settings, the interface language and every reader string', async () => {
    env.locale = 'fr';
    const { readerSetup } = await freshBackground();
    const reply = await readerSetup();
    expect(reply.settings).toEqual({ ...defaults, fontSize: 24 });
    expect(reply.locale).toBe('fr');
    expect(Object.keys(reply.strings).sort()).toEqual([...readerStringKeys].sort());
  });

  it('still sends the strings when storage fails; the reader then shows the defaults', async () => {
    env.stored = undefined;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { readerSetup } = await freshBackground();
    const reply = await readerSetup();
    expect(reply.settings).toBeUndefined();
    expect(reply.strings.closeReader).toBe(getMessage('closeReader'));
    // Read again at the next question.
    env.stored = { ...defaults, theme: 'dark' };
    expect((await readerSetup()).settings).toEqual({ ...defaults, theme: 'dark' });
  });

  for (const locale of Object.keys(catalogues)) {
    it(`gives the reader the very strings i18n would, substitutions included (${locale})`, async () => {
      env.locale = locale;
      const { readerSetup } = await freshBackground();
      const reply = await readerSetup();
      // A fresh strings module (the same fresh registry), as in a page's new world.
      const { provideStrings, t, uiLocale } = await import('../../src/reader/strings');
      provideStrings(reply.strings, reply.locale);
      expect(uiLocale()).toBe(locale);
      for (const key of readerStringKeys) {
        // A value with a dollar sign and a digit after it stays as it is.
        const value = '$1 000 · 5 min';
        expect(t(key, value), key).toBe(getMessage(key, [value]));
        expect(t(key), key).toBe(getMessage(key));
      }
    });
  }
});
