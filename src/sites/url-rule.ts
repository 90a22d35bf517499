/**
 * A URL rule recognises one kind of page from its address alone, and carries its
 * own test URLs (the github-url-detection habit): every URL listed must match its
 * own rule, no other rule of the same site and no rule of another adapter
 * (test/unit/site-urls.test.ts).
 */
export interface UrlRule {
  /** The kind of page, e.g. "article", "section-front". */
  kind: string;
  /** Whether pages of this kind are articles the reader should open. */
  article: boolean;
  test(url: URL): boolean;
  testUrls: readonly string[];
}

/** Decoded, non-empty path segments: `//cn/%E4%B8%AD/` gives ["cn", "中"]. */
export function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** The first rule that matches, if any. */
export function firstMatch(rules: readonly UrlRule[], url: URL): UrlRule | undefined {
  return rules.find((r) => r.test(url));
}
