import { describe, expect, it } from 'vitest';
import { firstBlockquote } from '../../../src/site/statement-quote';

describe('firstBlockquote', () => {
  it('returns the paragraphs of the first blockquote, lines joined', () => {
    const body = '\n> First line\n> goes on.\n>\n> Second paragraph.\n\nAfter the quote.\n\n> A later quote.';
    expect(firstBlockquote(body)).toEqual(['First line goes on.', 'Second paragraph.']);
  });

  it('finds a quote after an opening paragraph, in Bengali too', () => {
    expect(firstBlockquote('ভূমিকা।\n\n>আমাদের প্ল্যাটফর্ম ঠিক আছে।\n')).toEqual(['আমাদের প্ল্যাটফর্ম ঠিক আছে।']);
  });

  it('is empty for a body without a quote', () => {
    expect(firstBlockquote('Just text.\n\n- a list')).toEqual([]);
  });
});
