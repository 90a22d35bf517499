/**
 * Convention: each adapter's URL rules list their own test URLs; every one of them
 * matches its own rule, no other rule of its site and no rule of any other site
 * (the github-url-detection habit).
 */
import { describe, expect, it } from 'vitest';
import { sites } from '../../src/sites/index';
import { classifyRfiUrl, isRfiArticleUrl } from '../../src/sites/rfi/urls';

const rules = sites.flatMap((site) => site.urlRules.map((rule) => ({ site: site.kind, rule, name: `${site.kind} ${rule.kind}` })));

describe.each(rules)('$name', ({ site, rule }) => {
  it('has test URLs', () => {
    expect(rule.testUrls.length).toBeGreaterThan(0);
  });
  it.each(rule.testUrls)('%s matches this rule only', (href) => {
    const url = new URL(href);
    expect(rule.test(url)).toBe(true);
    const others = rules.filter((r) => r.rule !== rule && r.rule.test(url)).map((r) => r.name);
    expect(others).toEqual([]);
    // The site's own recogniser, when it has one, sees the address as its own.
    const owner = sites.find((s) => s.kind === site)!;
    if (owner.recognise) expect(owner.recognise(document, url)).toMatchObject({ site, article: rule.article });
  });
});

it('has URL rules to test', () => {
  expect(rules.map((r) => r.site)).toContain('rfi');
});

describe('rfi.fr article addresses', () => {
  it.each([
    // The seed's original, and the old double-slash and dateless wire forms from real feedx items.
    'https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/20230928-%E5%8D%8E%E6%97%A5-%E4%B8%AD%E7%BE%8E',
    'http://www.rfi.fr//cn/%E5%85%A8%E7%90%83%E9%9C%80%E6%B1%82%E5%A2%9E-%E5%9B%BD%E9%99%85%E6%B2%B9%E4%BB%B7%E9%99%A1%E5%8D%87',
    'http://www.rfi.fr//cn/%E4%B8%93%E6%A0%8F%E6%A3%80%E7%B4%A2/%E4%B8%9C%E4%BA%AC%E4%B8%93%E6%A0%8F/20201216-x',
  ])('%s is an article', (href) => {
    expect(isRfiArticleUrl(new URL(href))).toBe(true);
  });

  it.each([
    'https://www.rfi.fr/cn/',
    'https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/',
    'https://www.rfi.fr/fr/tag/chine/',
    'https://www.rfi.fr/fr/auteur/jean-dupont/',
    'https://www.rfi.fr/en/podcasts/international-report/',
    'https://www.rfi.fr/fr/archives/',
    'https://www.france24.com/fr/afrique/20231115-un-article',
    'https://www.rfi.fr.evil.example/cn/%E5%9B%BD%E9%99%85/20230928-x',
    'https://www.rfi.fr/xx/section/20230928-unknown-edition',
  ])('%s is not an article', (href) => {
    expect(isRfiArticleUrl(new URL(href))).toBe(false);
  });

  it('does not know other sites at all', () => {
    expect(classifyRfiUrl(new URL('https://example.org/cn/'))).toBeUndefined();
  });
});
