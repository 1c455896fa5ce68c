/**
 * The paragraphs of the first blockquote in a Markdown body, as plain text:
 * a statement page opens with the statement itself as a blockquote, and
 * cards that embed the statement quote it from there. Lines of one paragraph
 * are joined with a space; an empty `>` line starts a new paragraph.
 * Returns an empty list when the body has no blockquote.
 */
export function firstBlockquote(body: string): string[] {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((line) => /^ {0,3}>/.test(line));
  if (start === -1) return [];
  const paragraphs: string[][] = [[]];
  for (const line of lines.slice(start)) {
    const match = /^ {0,3}> ?(.*)$/.exec(line);
    if (!match) break;
    const text = match[1]!.trim();
    if (text === '') paragraphs.push([]);
    else paragraphs.at(-1)!.push(text);
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0).map((paragraph) => paragraph.join(' '));
}
