/** An element as satori reads it: the shape of a React element, without React. */
export interface OgElement {
  type: 'div';
  props: { style: Record<string, string | number>; lang?: string; children?: (OgElement | string)[] };
}

/** A `<div>` with inline style, children, and optionally a `lang` attribute. */
export function div(
  style: OgElement['props']['style'],
  children: (OgElement | string)[] = [],
  lang?: string,
): OgElement {
  return { type: 'div', props: { style, children, ...(lang ? { lang } : {}) } };
}
