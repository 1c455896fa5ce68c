import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';

/**
 * Makes `file`, which holds `before`, hold `after`. When the two are the same length (a name replaced by another of
 * its length, a hash by a hash), only the bytes that differ are written, in place: a page renamed into a new font
 * subset differs from the old in a few dozen bytes of its 40 KB, and writing those costs a tenth of writing it whole.
 */
export function patchFile(file: string, before: Uint8Array, after: Uint8Array): void {
  if (before.length !== after.length) {
    writeFileSync(file, after);
    return;
  }
  const fd = openSync(file, 'r+');
  try {
    for (let at = 0; at < after.length;) {
      if (before[at] === after[at]) {
        at++;
        continue;
      }
      // A run of differing bytes, joined with the next when fewer than 16 equal bytes lie between.
      let end = at + 1;
      for (let same = 0; end < after.length && same < 16; end++) same = before[end] === after[end] ? same + 1 : 0;
      writeSync(fd, after, at, end - at, at);
      at = end;
    }
  } finally {
    closeSync(fd);
  }
}
