import type { APIRequestContext } from '@playwright/test';
import { selectAll } from 'css-select';
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * A page as the server sends it, read the way a client that runs no script reads it: link-preview scrapers
 * (WhatsApp, Telegram, Facebook), search engines' first pass over a page, feed readers following a link. What a
 * page tells them is in its HTML alone, so that is where the tests read it, without a browser.
 */
export interface ServedPage {
  status: number;
  /** Every element matching a CSS selector, in document order. */
  all(selector: string): Element[];
  /** An attribute of the first element matching `selector`, if there is one. */
  attribute(selector: string, name: string): string | undefined;
}

/** Fetches `path` from the site under test and parses it as an HTML document. */
export async function servedPage(request: APIRequestContext, path: string): Promise<ServedPage> {
  const response = await request.get(path);
  const document = parseDocument(await response.text());
  const all = (selector: string) => selectAll<Element | typeof document, Element>(selector, document);
  return {
    status: response.status(),
    all,
    attribute: (selector, name) => {
      const [first] = all(selector);
      return first ? DomUtils.getAttributeValue(first, name) : undefined;
    },
  };
}

/** The text inside an element, as `textContent` gives it. */
export const textOf = (element: Element): string => DomUtils.textContent(element);
