/**
 * An SVG document as a `data:` URL, escaped only where URLs and HTML
 * attributes need it (double quotes become single quotes, spaces and the
 * characters a URL may not carry are percent-encoded), so it stays about as
 * short as the file.
 */
export function svgDataUri(svg: string): string {
  const compact = svg
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/"/g, "'");
  return `data:image/svg+xml,${compact.replace(/[ %#<>{}|\\^`]/g, (char) => encodeURIComponent(char))}`;
}
