import { expect, test } from './shared-tab';
import { allPages, langOf } from './site';

const latin = /[0-9]/;
const bengali = /[০-৯]/;

for (const path of allPages.filter((page) => langOf(page))) {
  test(`${path} writes dates in its own digits`, async ({ page }) => {
    await page.goto(path);
    const dates = await page.locator('main time').allInnerTexts();
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
