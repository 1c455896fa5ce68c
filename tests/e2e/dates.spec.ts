import { expect, test } from './fixtures';
import { servedPage, textOf } from './served-html';
import { allPages, langOf } from './site';

const latin = /[0-9]/;
const bengali = /[০-৯]/;

for (const path of allPages.filter((page) => langOf(page))) {
  test(`${path} writes dates in its own digits`, async ({ request }) => {
    // The dates are written into the HTML at build time: a reader without JavaScript sees the same.
    const dates = (await servedPage(request, path)).all('main time').map(textOf);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) {
      if (langOf(path) === 'bn') {
        expect(date).toMatch(bengali);
        expect(date).not.toMatch(latin);
      } else {
        expect(date).toMatch(latin);
      }
    }
  });
}
