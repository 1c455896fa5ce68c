/**
 * A copy of `text` that holds none of the string it was cut from. V8 lets a
 * substring of 13 characters or more point into its parent, so one word
 * kept from a page would keep the whole page in memory; across a site of
 * thousands of pages, the words and names remembered while reading them
 * would hold every page at once.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
