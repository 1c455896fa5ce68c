import { describe, expect, it } from 'vitest';
import { articleFiles } from './content-files';

/**
 * Facts of the PhonePe outage that the two languages once stated differently
 * or out of the source report's order. Each assertion is a sentence of that
 * report (README, "Sources") or of the RBI's 2019 turnaround-time circular.
 */
const piece = (collection: string, lang: string, slug: string) => {
  const found = articleFiles().find(
    (article) => article.collection === collection && article.lang === lang && article.slug === slug,
  );
  if (!found) throw new Error(`content/${collection}/${lang}/${slug}.mdx is missing`);
  return found;
};

type Event = { when: string; event: string };
const timeline = (lang: string) => piece('stories', lang, 'phonepe-outage').data.timeline as Event[];
const indexOf = (events: Event[], pattern: RegExp) => events.findIndex(({ event }) => pattern.test(event));

describe('the PhonePe outage story', () => {
  it.each([
    ['bn', /আবার স্বাভাবিক/, /রাহুল চারি/, /Paytm/],
    ['en', /back to normal\.$/, /Rahul Chari/, /^Paytm/],
  ])('%s timeline: services return to normal before the posts that say they are normal', (lang, back, chari, paytm) => {
    const events = timeline(lang);
    const restored = indexOf(events, back);
    expect(restored).toBeGreaterThan(-1);
    expect(indexOf(events, chari)).toBeGreaterThan(restored);
    expect(indexOf(events, paytm)).toBeGreaterThan(restored);
  });

  it('keeps Paytm’s post in the report’s tenses: the service was disrupted, all services are normal now', () => {
    const bn = timeline('bn').find(({ event }) => event.startsWith('Paytm'))!.event;
    expect(bn).toContain('সমস্যায় পড়েছিল');
    expect(bn).toContain('এখন সমস্ত পরিষেবা স্বাভাবিক');
    const en = timeline('en').find(({ event }) => event.startsWith('Paytm'))!.event;
    expect(en).toContain('was partly disrupted');
    expect(en).toContain('all services are now normal');
  });

  it('has as many timeline events in English as in Bengali', () => {
    expect(timeline('en')).toHaveLength(timeline('bn').length);
  });
});

describe('the UPI explainer', () => {
  const bn = piece('explainers', 'bn', 'upi').body;
  const en = piece('explainers', 'en', 'upi').body;

  it('counts T+1 in calendar days in both languages, not working days', () => {
    expect(bn).not.toContain('কাজের দিন');
    expect(bn).toContain('টি+১ (T+1) সময়ের মধ্যে, অর্থাৎ লেনদেনের পরের দিনের মধ্যে');
    expect(en).toContain('by T+1, that is, by the day after the payment');
  });

  it('gives merchant payments the same T+5 window in both languages', () => {
    expect(bn).toContain('টি+৫ (T+5)');
    expect(en).toContain('T+5');
  });

  it('says the apps hold no money only when you pay through UPI: they run wallets too', () => {
    expect(bn).not.toMatch(/(^|।\s*)এরা নিজেরা টাকা রাখে না/m);
    expect(bn).toContain('ইউপিআই-তে পেমেন্ট করার সময় এরা নিজেরা আপনার টাকা রাখে না');
    expect(en).toContain('They do not hold your money themselves when you pay through UPI.');
  });
});
