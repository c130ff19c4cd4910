/*
 * What Word and web pages put on the clipboard besides the text: conditional comments, Office
 * namespaces, styles, classes, and Word's lists drawn as paragraphs with a bullet glyph. The
 * schema drops unknown nodes and attributes anyway (that is the security boundary); this keeps
 * the structure a reader meant: headings, lists, paragraphs.
 */

const JUNK = 'script, style, meta, link, title, xml, iframe, object, embed, img, svg, template';

/** Rewrites pasted HTML before ProseMirror parses it. Runs on an inert document: nothing loads. */
export function cleanPastedHtml(html: string): string {
  const withoutComments = html
    // Word's <!--[if …]> … <![endif]--> blocks, and the bullet glyphs it hides in <![if !supportLists]>.
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/gi, '');
  const doc = new DOMParser().parseFromString(withoutComments, 'text/html');
  for (const element of doc.body.querySelectorAll(JUNK)) element.remove();
  for (const element of doc.body.querySelectorAll('*')) {
    if (element.tagName.includes(':')) element.replaceWith(...element.childNodes); // <o:p>
  }
  for (const level of ['h1', 'h2', 'h4', 'h5', 'h6']) {
    for (const heading of doc.body.querySelectorAll(level)) renameElement(heading, 'h3');
  }
  wordListsToLists(doc);
  return doc.body.innerHTML;
}

function renameElement(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}

// Word marks list paragraphs with classes MsoListParagraphCxSpFirst/Middle/Last.
function wordListsToLists(doc: Document): void {
  let list: HTMLUListElement | null = null;
  for (const item of doc.body.querySelectorAll('p[class^="MsoList"]')) {
    // Items in a row share a list: once one is moved, the next one's neighbour is the list.
    if (list === null || item.previousElementSibling !== list) {
      list = doc.createElement('ul');
      item.before(list);
    }
    const li = doc.createElement('li');
    li.append(...item.childNodes);
    list.append(li);
    item.remove();
  }
}
