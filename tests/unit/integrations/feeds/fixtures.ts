import type { FeedChannel, FeedItem } from '../../../../src/integrations/feeds/feed-types';

/** A Bengali feed as the endpoints would build it, without Astro. */
export const channel: FeedChannel = {
  language: 'bn-IN',
  title: 'ইউপিআই খবর',
  description: 'ডিজিটাল পেমেন্টের খবর, সহজ করে বোঝানো',
  publisher: 'ইউপিআই খবর ডেস্ক',
  homeUrl: 'https://news.example.org/bn/',
  feedUrl: 'https://news.example.org/bn/feed',
};

/** Two items: the newer one was updated later and has characters XML and HTML must escape. */
export const items: FeedItem[] = [
  {
    url: 'https://news.example.org/bn/news/outage/',
    title: 'PhonePe & Paytm: <কী> হয়েছিল',
    summary: 'সোমবার সন্ধ্যায় পেমেন্ট আটকে যায় & স্ক্রিনে "Failed to Process"।',
    contentHtml:
      '<p>প্রথম অনুচ্ছেদ।</p>\n<p>দেখুন <a href="https://news.example.org/bn/explainers/upi/">ইউপিআই</a> &amp; আরও।</p>\n<p>শেষ অনুচ্ছেদ।</p>',
    published: new Date('2026-11-25T00:00:00Z'),
    updated: new Date('2026-11-27T00:00:00Z'),
    categories: ['খবর', 'PhonePe', 'ডিজিটাল পেমেন্ট'],
    language: 'bn-IN',
  },
  {
    url: 'https://news.example.org/bn/explainers/upi/',
    title: 'ইউপিআই কী?',
    summary: 'ইউপিআই কীভাবে কাজ করে।',
    contentHtml: '<p>ইউপিআই মানে ইউনিফায়েড পেমেন্টস ইন্টারফেস।</p>',
    published: new Date('2026-11-24T00:00:00Z'),
    updated: new Date('2026-11-24T00:00:00Z'),
    categories: ['ব্যাখ্যা'],
    language: 'bn-IN',
  },
];
