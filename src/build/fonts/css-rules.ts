/** A CSS rule that holds declarations: a style rule or an at-rule such as `@font-face`. */
export interface CssRule {
  /** The selector list, or the at-rule's name and prelude. */
  prelude: string;
  /** Property names, lower-cased, and their values. */
  declarations: Map<string, string>;
}

/**
 * Every rule with declarations, at any depth (inside `@media` too), in source
 * order. A reader for the stylesheets a build writes, not a full CSS parser:
 * nesting and braces inside strings are not understood.
 */
export function cssRules(css: string): CssRule[] {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...source.matchAll(/([^{}]*)\{([^{}]*)\}/g)].map(([, prelude = '', body = '']) => ({
    prelude: prelude.slice(prelude.lastIndexOf(';') + 1).trim(),
    declarations: new Map(
      splitTopLevel(body, ';')
        .map((declaration) => /^\s*([\w-]+)\s*:([\s\S]*)$/.exec(declaration))
        .filter((match) => match !== null)
        .map(([, name = '', value = '']) => [name.toLowerCase(), value.trim()]),
    ),
  }));
}

/** `text` split at `separator`, except inside parentheses, brackets or quotes. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
