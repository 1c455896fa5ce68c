import { chromium } from '@playwright/test';
const [, , url, out, width = '390', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +width, height: 900 }, colorScheme: scheme });
await page.goto(url);
await page.screenshot({ path: out });
await browser.close();
