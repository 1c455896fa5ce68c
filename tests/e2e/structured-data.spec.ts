import { expect, test } from './fixtures';
import { servedPage, textOf, type ServedPage } from './served-html';
import { allPages, langOf, readablePath, sourceArticles } from './site';

type Thing = Record<string, unknown> & { '@type': string };

/** The page's JSON-LD, as search engines read it from the HTML. */
function jsonLd(page: ServedPage): Thing[] {
  return page
    .all('script[type="application/ld+json"]')
    .flatMap((script) => JSON.parse(textOf(script)) as Thing | Thing[]);
}

for (const path of allPages.filter((page) => langOf(page))) {
  test(`${path} has JSON-LD that parses, with a breadcrumb trail`, async ({ request }) => {
    const things = jsonLd(await servedPage(request, path));
    const crumbs = things.find((thing) => thing['@type'] === 'BreadcrumbList');
    expect(crumbs).toBeTruthy();
    const items = crumbs!.itemListElement as { position: number; item: string }[];
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    expect(readablePath(new URL(items.at(-1)!.item).pathname)).toBe(path);
  });
}

for (const lang of ['bn', 'en'] as const) {
  test(`/${lang}/ describes the website in ${lang}`, async ({ request }) => {
    const site = jsonLd(await servedPage(request, `/${lang}/`)).find((thing) => thing['@type'] === 'WebSite');
    expect(site?.inLanguage).toMatch(new RegExp(`^${lang}`));
  });
}

for (const article of sourceArticles()) {
  test(`${article.path} is a ${article.collection === 'stories' ? 'NewsArticle' : 'Article'} in its language`, async ({
    request,
  }) => {
    const type = article.collection === 'stories' ? 'NewsArticle' : 'Article';
    const piece = jsonLd(await servedPage(request, article.path)).find((thing) => thing['@type'] === type)!;
    expect(piece).toBeTruthy();
    expect(piece.headline).toBe(article.data.title);
    expect(piece.inLanguage).toMatch(new RegExp(`^${article.lang}`));
    for (const field of ['description', 'datePublished', 'dateModified', 'author', 'image', 'mainEntityOfPage']) {
      expect(piece[field], field).toBeTruthy();
    }
    const publisher = piece.publisher as { logo?: { url?: string } };
    expect(publisher.logo?.url).toMatch(/^https?:\/\//);
    const other = article.lang === 'bn' ? 'en' : 'bn';
    const link = (article.lang === 'bn' ? piece.workTranslation : piece.translationOfWork) as
      { '@id': string } | { '@id': string }[];
    const ids = [link].flat().map((ref) => new URL(ref['@id']).pathname);
    expect(ids).toContain(article.path.replace(`/${article.lang}/`, `/${other}/`));
  });
}

interface SourceCorrection {
  date: string;
  original: string;
  corrected: string;
}

for (const article of sourceArticles().filter((piece) => Array.isArray(piece.data.corrections))) {
  const corrections = article.data.corrections as SourceCorrection[];
  test(`${article.path} tells search engines of its ${corrections.length} corrections, each dated as written`, async ({
    request,
  }) => {
    const page = await servedPage(request, article.path);
    const piece = jsonLd(page).find((thing) => thing['@type'] === 'NewsArticle')!;
    const published = piece.correction as { '@type': string; text: string; datePublished: string }[];
    expect(published.map((comment) => comment['@type'])).toEqual(corrections.map(() => 'CorrectionComment'));
    expect(published.map((comment) => comment.datePublished.slice(0, 10))).toEqual(
      corrections.map(({ date }) => String(date)),
    );
    for (const [index, { original, corrected }] of corrections.entries()) {
      expect(published[index]!.text).toContain(original);
      expect(published[index]!.text).toContain(corrected);
    }
    const newest = corrections
      .map(({ date }) => String(date))
      .sort()
      .at(-1)!;
    expect(String(piece.dateModified).slice(0, 10) >= newest).toBe(true);
    // The page lists the same corrections, each with its date.
    const days = page.all('.corrections li time').map((time) => time.attribs.datetime);
    expect(days).toEqual(corrections.map(({ date }) => String(date)));
  });
}
