/**
 * `<site-search>`: runs Pagefind searches from the search page's form and
 * lists the results with their excerpts. Pagefind's script is loaded from
 * the built bundle (`data-bundle`) on the first search, and it searches the
 * index of the page's `<html lang>`. Messages come from the element's data
 * attributes, in the page's language.
 */
import { searchStatus } from '../site/search-status';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** Runs Pagefind searches from the form and lists the results with their excerpts. */
class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #latest = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(input.value);
    });
    let typing: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => void this.run(input.value), 200);
    });
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void this.run(query);
    }
  }

  pagefind(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`) as Promise<Pagefind>;
    return this.#pagefind;
  }

  async run(raw: string) {
    const query = raw.trim();
    const run = ++this.#latest;
    const status = this.querySelector('[role=status]')!;
    const list = this.querySelector('ol')!;
    if (query === '') {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = this.dataset.searching ?? '';
    try {
      const search = await (await this.pagefind()).search(query);
      const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
      if (run !== this.#latest) return;
      list.replaceChildren(...results.map((result) => this.item(result)));
      const { one = '', other = '', none = '', intl = 'en' } = this.dataset;
      status.textContent = searchStatus({ one, other, none }, query, results.length, intl);
    } catch {
      if (run === this.#latest) status.textContent = this.dataset.error ?? '';
    }
  }

  item(result: PagefindResult): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(heading, excerpt);
    return item;
  }
}

/** Pagefind's excerpt is escaped text with `<mark>` around the matches: keep the text and the marks only. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

customElements.define('site-search', SiteSearch);
