import { describe, expect, it } from 'vitest';
import { pageTextReader } from '../../../../src/integrations/fonts/page-text';
import { boldSelectors } from '../../../../src/integrations/fonts/stylesheets';

const html = `<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>খবর &amp; ব্যাখ্যা</title>
<meta name="description" content="বিবৃতি"><script type="application/ld+json">{"headline":"স্ক্রিপ্ট"}</script>
<style>.x{content:"শৈলী"}</style></head><body><!-- মন্তব্য -->
<header><a class="site-name" href="/bn/">ইউপিআই খবর</a></header>
<main><h1>কেন <span>বন্ধ</span></h1><img alt="ছবি" src="a.png"><p>সাধারণ<br>লেখা <strong>জোর</strong> শেষ</p>
<p data-copied="লিঙ্ক কপি হয়েছে" aria-label='লেবেল'>&#x9AA;&#2480;</p>
<nav class="language-switcher"><ul><li><a href="/en/" aria-current="page">ইংরেজি</a></li></ul></nav>
<dl class="statement-details"><dt>তারিখ</dt><dd>১ মে</dd></dl></main></body></html>`;

// The site's own bold rules, as the build writes them.
const css =
  '.site-name{grid-area:name;font-size:1.15rem;font-weight:700;text-decoration:none}' +
  '.language-switcher a{font-weight:600}.kicker{color:var(--accent);font-weight:700}' +
  '.statement-details dt{font-weight:700}.language-choice__link{font-size:1.3rem;font-weight:700}';

describe('pageTextReader', () => {
  const text = pageTextReader(boldSelectors(css))(html);
  const trimmed = (parts: string[]) => parts.map((part) => part.trim()).filter(Boolean);

  it('takes text nodes and attribute values, decoded, and leaves scripts, styles and comments out', () => {
    expect(trimmed(text.all)).toEqual(
      expect.arrayContaining(['খবর & ব্যাখ্যা', 'বিবৃতি', 'ছবি', 'লিঙ্ক কপি হয়েছে', 'লেবেল', 'পর', 'সাধারণ', 'লেখা']),
    );
    expect(text.all.join(' ')).not.toMatch(/স্ক্রিপ্ট|শৈলী|মন্তব্য/);
  });

  it('marks the text of bold elements and of their descendants, and nothing after them', () => {
    expect(trimmed(text.bold)).toEqual(['ইউপিআই খবর', 'কেন', 'বন্ধ', 'জোর', 'ইংরেজি', 'তারিখ']);
  });
});
