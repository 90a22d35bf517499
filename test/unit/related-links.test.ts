/**
 * "Read also" blocks (src/reader/pipeline/related-links.ts) by RFI's rules, on hand-made markup:
 * blocks with links are looked at in document order, the outer block before the
 * paragraphs in it, so a short block that is the label and its links goes whole.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { takeRelatedLinks } from '../../src/reader/pipeline/related-links';
import { rfiCleanup } from '../../src/sites/rfi';

const base = 'https://www.rfi.fr/fr/monde/20231001-article';

function bodyOf(html: string): Element {
  return new JSDOM(`<!doctype html><body><div id="root">${html}</div>`).window.document.getElementById('root')!;
}

describe('takeRelatedLinks', () => {
  it('takes a short block whole, label paragraph and the link beside it, before the paragraph alone', () => {
    const root = bodyOf(
      '<p>Avant.</p><div class="box"><p>À lire aussi : <a href="/fr/a">Premier</a></p> <a href="/fr/b">Second</a></div><p>Après <a href="/fr/c">un lien</a> dans le texte.</p>',
    );
    const related = takeRelatedLinks(root, base, rfiCleanup);
    expect(related.map((l) => l.title)).toEqual(['Premier', 'Second']);
    expect(root.querySelector('.box')).toBeNull();
    // A link in the text is not a "read also" line.
    expect(root.textContent).toBe('Avant.Après un lien dans le texte.');
  });

  it('finds blocks under an aside it took out no more, and each link once', () => {
    const root = bodyOf(
      '<aside class="o-related"><p>Lire aussi <a href="/fr/a">Premier</a></p></aside><p>Lire aussi : <a href="/fr/a">Premier</a> <a href="/fr/d">Autre</a></p><div><div><p>Texte <a href="#note">note</a>.</p></div></div>',
    );
    expect(takeRelatedLinks(root, base, rfiCleanup).map((l) => l.url)).toEqual(['https://www.rfi.fr/fr/a', 'https://www.rfi.fr/fr/d']);
    expect(root.textContent).toBe('Texte note.');
  });
});
