import { PNG } from 'pngjs';
import { ogImagePath } from '../../src/integrations/og-cards/path';
import { expect, test } from './fixtures';
import { allPages } from './site';

for (const path of allPages) {
  test(`${path} has a 1200×630 preview image under 300 KB`, async ({ request }) => {
    const response = await request.get(ogImagePath(path));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const body = await response.body();
    // WhatsApp shows no thumbnail for bigger images.
    expect(body.length).toBeLessThan(300 * 1024);
    const png = PNG.sync.read(body);
    expect([png.width, png.height]).toEqual([1200, 630]);
  });
}
