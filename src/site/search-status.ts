/** The raw UI strings the search box announces, as the locale files write them. */
export interface SearchMessages {
  /** `search.results_one`: one result, with `{{count, number}}` and `{{query}}`. */
  one: string;
  /** `search.results_other`: any other number of results. */
  other: string;
  /** `search.none`: no results, with `{{query}}`. */
  none: string;
}

/**
 * Fills `{{name}}` and `{{name, number}}` placeholders the way i18next does,
 * numbers in the locale's digits (Bengali digits for `bn-IN`). For the
 * search box's script, which should not ship i18next to the browser.
 */
export function fillTemplate(template: string, values: Record<string, string | number>, intl: string): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*number\s*)?\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? new Intl.NumberFormat(intl).format(value) : value;
  });
}

/**
 * What the search box announces after a search: “No results for …” or the
 * count, with the plural form `Intl.PluralRules` picks for the locale, which
 * is how i18next picks between `_one` and `_other`.
 */
export function searchStatus(messages: SearchMessages, query: string, count: number, intl: string): string {
  if (count === 0) return fillTemplate(messages.none, { query }, intl);
  const form = new Intl.PluralRules(intl).select(count) === 'one' ? messages.one : messages.other;
  return fillTemplate(form, { query, count }, intl);
}
