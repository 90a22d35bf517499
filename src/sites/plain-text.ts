/** Plain-text documents, as browsers show them. */

/** The text of a document shown as plain text (text/plain opens as one <pre>), or undefined for a web page. */
export function plainTextOf(doc: Document): string | undefined {
  if (doc.contentType === 'text/plain') return doc.body?.textContent ?? '';
  const body = doc.body;
  if (body && body.children.length === 1 && body.firstElementChild!.tagName === 'PRE') return body.textContent ?? '';
  return undefined;
}
