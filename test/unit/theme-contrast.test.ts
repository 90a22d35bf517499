/**
 * WCAG AA contrast of every theme, computed from the colours the overlay really
 * ships (src/reader/overlay/reader.css): 4.5:1 for text (body, muted text such
 * as dates and captions, links, text on a pressed toolbar button, the paragraph
 * being read aloud) and 3:1 for
 * the outline of the pressed button (WCAG 1.4.11, non-text contrast).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'reader', 'overlay', 'reader.css'), 'utf8');

/** The --liseuse-* colours declared in the rule for `:host([data-theme='<name>'])`. */
function themeColours(name: string): Record<string, string> {
  const rule = new RegExp(`:host\\(\\[data-theme='${name}'\\]\\)\\s*\\{([^}]*)\\}`).exec(css);
  if (!rule) throw new Error(`no rule for theme ${name} in reader.css`);
  return Object.fromEntries([...rule[1]!.matchAll(/--liseuse-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

/** Relative luminance of #rrggbb (WCAG 2.2 definition). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio of two colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('contrast ratio', () => {
  it('matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each(['light', 'sepia', 'dark'])('%s theme', (name) => {
  const c = themeColours(name);
  it('declares every colour', () => {
    expect(Object.keys(c).sort()).toEqual(['bg', 'fg', 'link', 'muted', 'pressed', 'reading', 'rule']);
  });
  it.each([
    ['fg', 'bg'],
    ['muted', 'bg'],
    ['link', 'bg'],
    ['fg', 'pressed'],
    // The paragraph being read aloud, its quotations (muted) and links.
    ['fg', 'reading'],
    ['muted', 'reading'],
    ['link', 'reading'],
  ])('text %s on %s is at least 4.5:1', (text, background) => {
    expect(contrast(c[text]!, c[background]!)).toBeGreaterThanOrEqual(4.5);
  });
  it('the pressed button outline stands out from the toolbar at 3:1', () => {
    expect(contrast(c.muted!, c.bg!)).toBeGreaterThanOrEqual(3);
  });
});
