/**
 * Deliberately broken builds of the reader, one way of letting hostile markup
 * through each, for scripts/hostile-mutations/run.mjs. Each is a set of patches
 * applied to a temporary copy of src/ (never to the real one): `find` (a string,
 * or a global RegExp) must occur exactly once (or `times`) in exactly one file of
 * src/, wherever a refactor moved it, so a patch that no longer applies fails
 * loudly instead of testing nothing. `catches` lists, per browser, the corpus
 * classes (test/fixtures/hostile) whose test must then fail.
 */

/** The extraction side takes every on* attribute off what it parses: broken builds that keep handlers turn that off. */
const keepParsedHandlers = {
  find: 'for (const name of el.getAttributeNames()) if (/^(on|data-liseuse)/i.test(name)) el.removeAttribute(name);',
  replace:
    'for (const name of el.getAttributeNames()) if (/^data-liseuse/i.test(name)) el.removeAttribute(name); // (broken build: handlers kept)',
};

const HANDLERS = [
  'onerror',
  'onload',
  'onloadstart',
  'onclick',
  'onmouseover',
  'onpointerenter',
  'onfocus',
  'ontoggle',
  'onbegin',
  'onstart',
];

/** A sanitiser that walks the tree through properties a named form control can hide (form.attributes, form.children). */
const naiveSanitiser = `
/** Broken build: a hand-written sanitiser in place of DOMPurify. */
function naiveSanitise(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const walk = (el: Element) => {
    if (/^(SCRIPT|IFRAME|OBJECT|EMBED|STYLE)$/.test(el.nodeName)) return el.remove();
    for (const attr of Array.from(el.attributes ?? [])) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
    for (const child of Array.from(el.children ?? [])) walk(child);
  };
  walk(doc.body);
  const out = doc.createDocumentFragment();
  out.append(...Array.from(doc.body.childNodes));
  return out;
}
`;

/** @type {{ name: string, breaks: string, patches: { find: string | RegExp, replace: string, times?: number, append?: string, importFrom?: string }[], catches: { chromium: string[], firefox: string[] } }[]} */
export const BROKEN_BUILDS = [
  {
    name: 'unsanitised',
    breaks: 'no sanitiser: the body is parsed into the overlay as it is (createContextualFragment, whose scripts run), handlers kept',
    patches: [
      keepParsedHandlers,
      {
        find: 'return document.importNode(sanitizedCopy(content), true);',
        replace: "return document.createRange().createContextualFragment(typeof content === 'string' ? content : content.innerHTML);",
      },
    ],
    catches: {
      chromium: [
        'handlers',
        'handler-spelling',
        'raw-text',
        'comments-cdata',
        'namespaces',
        'clobbering',
        'script-urls',
        'frames-objects',
        'document-level',
        'css',
        'custom-elements',
      ],
      firefox: [
        'handlers',
        'handler-spelling',
        'raw-text',
        'comments-cdata',
        'namespaces',
        'clobbering',
        'script-urls',
        'frames-objects',
        'document-level',
        'css',
        'custom-elements',
      ],
    },
  },
  {
    name: 'page-clone',
    breaks:
      "the page is copied as a live-DOM clone and DOMPurify's nodes are adopted into the overlay, as before the fix of issue 15 (f8a906a)",
    patches: [
      { find: 'return parseInert(`<!doctype html>${doc.documentElement.outerHTML}`);', replace: 'return doc.cloneNode(true) as Document;' },
      { find: 'return document.importNode(sanitizedCopy(content), true);', replace: 'return sanitizedCopy(content);' },
    ],
    catches: {
      chromium: ['handlers', 'handler-spelling', 'raw-text', 'comments-cdata', 'namespaces', 'clobbering', 'custom-elements'],
      firefox: [],
    },
  },
  {
    name: 'handlers-kept',
    breaks: 'the sanitiser keeps event-handler attributes (and the parse keeps them)',
    patches: [
      keepParsedHandlers,
      {
        find: "ADD_ATTR: ['controls', 'preload', 'loading', 'decoding'],",
        replace: `ADD_ATTR: ['controls', 'preload', 'loading', 'decoding', ${HANDLERS.map((h) => `'${h}'`).join(', ')}],`,
      },
    ],
    catches: {
      chromium: ['handlers', 'handler-spelling', 'raw-text', 'comments-cdata', 'namespaces'],
      firefox: ['handlers', 'handler-spelling', 'raw-text', 'comments-cdata', 'namespaces'],
    },
  },
  {
    name: 'naive-sanitiser',
    breaks: 'a hand-written sanitiser that walks elements through clobberable properties (el.attributes, el.children)',
    patches: [
      keepParsedHandlers,
      {
        find: 'return document.importNode(sanitizedCopy(content), true);',
        replace: "return document.importNode(naiveSanitise(typeof content === 'string' ? content : content.innerHTML), true);",
        append: naiveSanitiser,
      },
    ],
    catches: { chromium: ['clobbering'], firefox: ['clobbering'] },
  },
  {
    name: 'script-urls-kept',
    breaks: 'the sanitiser accepts addresses of any scheme (javascript:, data:, vbscript:)',
    patches: [
      { find: 'ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\\-:]|$))/i,', replace: 'ALLOWED_URI_REGEXP: /^/,' },
    ],
    catches: { chromium: ['script-urls'], firefox: ['script-urls'] },
  },
  {
    name: 'lazy-after-sanitise',
    breaks: "lazy-image recovery runs on the sanitiser's output instead of before it (src from data-src, data-srcset, <noscript>)",
    patches: [
      // Both cleaning passes (whole body, part by part) recover lazy images first.
      { find: /^[ \t]*recoverLazyImages\(root, baseUrl[^)]*\);\n/gm, replace: '', times: 2 },
      {
        find: 'return document.importNode(sanitizedCopy(content), true);',
        replace:
          "const shown = document.importNode(sanitizedCopy(content), true); const box = document.createElement('div'); box.append(shown); recoverLazyImages(box, location.href); const out = document.createDocumentFragment(); out.append(...Array.from(box.childNodes)); return out;",
        importFrom: 'recoverLazyImages',
      },
    ],
    catches: { chromium: ['script-urls'], firefox: ['script-urls'] },
  },
  {
    name: 'related-unchecked',
    breaks: 'related links are shown whatever their scheme',
    patches: [{ find: 'const links = article.related.filter((l) => webUrl(l.url));', replace: 'const links = article.related;' }],
    catches: { chromium: ['script-urls'], firefox: ['script-urls'] },
  },
  {
    name: 'styles-kept',
    breaks: 'the sanitiser keeps <style> elements and style attributes',
    patches: [
      { find: "FORBID_TAGS: [\n    'style',", replace: 'FORBID_TAGS: [' },
      { find: "FORBID_ATTR: ['style', ", replace: 'FORBID_ATTR: [' },
    ],
    catches: { chromium: ['css'], firefox: ['css'] },
  },
  {
    name: 'embeds-kept',
    breaks: 'the sanitiser keeps <object> and <embed>',
    patches: [
      { find: "    'object',\n    'embed',\n", replace: '' },
      { find: "ADD_TAGS: ['audio'],", replace: "ADD_TAGS: ['audio', 'object', 'embed'], ADD_DATA_URI_TAGS: ['object', 'embed']," },
    ],
    catches: { chromium: ['frames-objects'], firefox: ['frames-objects'] },
  },
  {
    name: 'forms-kept',
    breaks: 'the sanitiser keeps forms, their buttons and addresses, <meta> and <base>',
    patches: [
      { find: "    'meta',\n    'base',\n    'form',\n    'input',\n    'button',\n", replace: '' },
      { find: "'formaction', 'action', ", replace: '' },
      { find: "ADD_TAGS: ['audio'],", replace: "ADD_TAGS: ['audio', 'meta', 'base', 'form', 'input', 'button']," },
    ],
    catches: { chromium: ['document-level'], firefox: ['document-level'] },
  },
  {
    name: 'custom-elements-kept',
    breaks: "the sanitiser keeps the page's custom elements and is= (they upgrade when imported into the page's document)",
    patches: [
      {
        find: 'RETURN_DOM_FRAGMENT: true,',
        replace:
          'RETURN_DOM_FRAGMENT: true, CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /^hx-/, attributeNameCheck: /.*/, allowCustomizedBuiltInElements: true },',
      },
    ],
    catches: { chromium: ['custom-elements'], firefox: ['custom-elements'] },
  },
  {
    name: 'title-as-html',
    breaks: 'the header shows the title as HTML and links the source whatever its scheme',
    patches: [
      {
        find: '<h1 id="liseuse-title" data-liseuse="title">\n        {text(article.title)}\n      </h1>',
        replace: '<h1 id="liseuse-title" data-liseuse="title" dangerouslySetInnerHTML={{ __html: article.title }} />',
      },
      { find: 'href={webUrl(article.sourceUrl)}', replace: 'href={article.sourceUrl}' },
      {
        find: 'return /^https?:$/.test(canonical.protocol) && canonical.pathname.length > 1 ? canonical : pageUrl;',
        replace: 'return canonical.pathname.length > 1 ? canonical : pageUrl;',
      },
    ],
    catches: { chromium: ['title-url'], firefox: ['title-url'] },
  },
];
