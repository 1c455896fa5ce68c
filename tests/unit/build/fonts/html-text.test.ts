import { describe, expect, it } from 'vitest';
import { boldElements } from '../../../../src/build/fonts/bold-elements';
import { decodeEntities, pageText } from '../../../../src/build/fonts/html-text';

const html = `<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>খবর &amp; ব্যাখ্যা</title>
<meta name="description" content="বিবৃতি"><script type="application/ld+json">{"headline":"স্ক্রিপ্ট"}</script>
<style>.x{content:"শৈলী"}</style></head><body><!-- মন্তব্য -->
<header><a class="site-name" href="/bn/">ইউপিআই খবর</a></header>
<main><h1>কেন <span>বন্ধ</span></h1><img alt="ছবি" src="a.png"><p>সাধারণ<br>লেখা <strong>জোর</strong> শেষ</p>
<p data-copied="লিঙ্ক কপি হয়েছে" aria-label='লেবেল'>&#x9AA;&#2480;</p></main></body></html>`;

describe('pageText', () => {
  const text = pageText(html, boldElements('.site-name{font-weight:700}'));
  const all = text.all.map((part) => part.trim()).filter(Boolean);

  it('takes text nodes and attribute values, decoded, and leaves scripts, styles and comments out', () => {
    expect(all).toEqual(
      expect.arrayContaining(['খবর & ব্যাখ্যা', 'বিবৃতি', 'ছবি', 'লিঙ্ক কপি হয়েছে', 'লেবেল', 'পর', 'সাধারণ', 'লেখা']),
    );
    expect(all.join(' ')).not.toMatch(/স্ক্রিপ্ট|শৈলী|মন্তব্য/);
  });

  it('marks the text of bold elements and of their descendants, and nothing after them', () => {
    expect(text.bold.map((part) => part.trim()).filter(Boolean)).toEqual(['ইউপিআই খবর', 'কেন', 'বন্ধ', 'জোর']);
  });
});

describe('decodeEntities', () => {
  it('decodes numeric references and the names a build writes, and leaves unknown names', () => {
    expect(decodeEntities('&#2453;&#x9B7; &lt;&gt;&quot;&#39;&nbsp;&hellip;')).toBe('কষ <>"\'\u00a0&hellip;');
  });
});
