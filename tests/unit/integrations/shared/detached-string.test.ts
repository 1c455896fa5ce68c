import { describe, expect, it } from 'vitest';
import { detached } from '../../../../src/integrations/shared/detached-string';

describe('detached', () => {
  it('copies any text exactly: Bengali conjuncts, emoji, and a lone surrogate', () => {
    const page = `<p>ফোনপে-তে প্রতিষ্ঠাতার স্বীকারোক্তি 💳 ${'\ud800'} end</p>`;
    const cut = page.slice(3, page.length - 4);
    expect(detached(cut)).toBe(cut);
    expect(detached('')).toBe('');
  });
});
