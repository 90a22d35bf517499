/**
 * The tools behind `npm run add-fixture` and `npm run fidelity`: a draft expected
 * file never passes, the junk finder sees what a source carries, and the archivers'
 * glued tags are mended into real elements.
 */
import { describe, expect, it } from 'vitest';
import { mendJoinedTags } from '../../src/sites/feedx/joined-tags';
import { articleProblems } from '../support/check-article';
import { draftExpected } from '../support/draft-expected';
import { plainTextPage } from '../support/feedx-pages';
import { fixtureCase } from '../support/fixtures';
import { readInJsdom } from '../support/extract-in-jsdom';
import { junkInSource } from '../support/source-junk';

const seed = fixtureCase('feedx/archive-md/rfi-seed-20230928');

describe('draft expected files', () => {
  const { article, body } = readInJsdom(plainTextPage(seed.source), 'https://raw.example.org/item.md');
  const draft = draftExpected(seed.source, article);
  it('are marked as drafts and fail every test until reviewed', () => {
    expect(draft.draft).toBe(true);
    expect(articleProblems(article, body, draft)).toEqual([expect.stringMatching(/^draft:/)]);
  });
  it('pass once the flag is removed by a reviewer (they record what Liseuse reads)', () => {
    expect(articleProblems(article, body, { ...draft, draft: undefined })).toEqual([]);
  });
  it('list the title, date, lead, snippets and junk of the source', () => {
    expect(draft).toMatchObject({
      title: seed.expected!.title,
      published: seed.expected!.published,
      leadStartsWith: expect.stringMatching(/^北京和华盛顿/),
    });
    expect(draft.mustContain).toEqual(expect.arrayContaining(['欲擒故纵', '拜习各有所求']));
    expect(draft.mustNotContain).toEqual(expect.arrayContaining(['获取更多RSS', 'feedx.best', '28/09/2023 - 19:25', 'x.com/intent/tweet']));
  });
});

describe('junk found in a source', () => {
  it('includes glued attributes, the Array artefact and the related-aside heading', () => {
    expect(junkInSource(fixtureCase('feedx/archive-md/rfi-999950').source)).toEqual(
      expect.arrayContaining(['asidedata-org-name=', '同一主题', 'feedx.run']),
    );
    expect(junkInSource(fixtureCase('feedx/archive-md/rfi-1020000').source)).toContain('Array');
    expect(junkInSource(fixtureCase('feedx/archive-md/rfi-1005000').source)).toContain('imgsrc=');
  });
});

describe('mending glued tags', () => {
  it('rebuilds the element with its attributes and keeps what followed a glued void tag', () => {
    const div = document.createElement('div');
    div.innerHTML =
      '<asidedata-org-name=""data-org-type=""><span>同一主题</span></aside><picture><sourcetype="image/webp"srcset="https://s.rfi.fr/a.webp 640w"sizes=""/><imgsrc="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt="A" srcset="https://s.rfi.fr/a.jpg 640w"sizes=""/></picture><divclass="m-block-ad "data-tms-ad-type="box">ad</div>';
    mendJoinedTags(div);
    expect(div.querySelector('aside')?.hasAttribute('data-org-name')).toBe(true);
    expect(div.querySelector('picture > img')?.getAttribute('srcset')).toBe('https://s.rfi.fr/a.jpg 640w');
    expect(div.querySelector('picture > img')?.getAttribute('alt')).toBe('A');
    expect(div.querySelector('div.m-block-ad')?.getAttribute('data-tms-ad-type')).toBe('box');
    expect(div.innerHTML).not.toMatch(/imgsrc|asidedata|divclass|sourcetype/);
  });
});
