/**
 * mdast transform: refuses a picture whose file is not there. `![A shop counter](./shop-counter.jpg)` names a file
 * beside the piece; misspelt or left out of the commit, Astro's image step would stop the build without saying which
 * piece asked for it. This names the piece, the line and the file it looked for. Addresses of other sites and of the
 * site's own `public/` folder (`/logo.png`) are not files beside the piece, and are left alone.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Image } from 'mdast';
import { documentPath } from './page-data.ts';
import { sourcePosition } from './source-position.ts';
import { defineMdastTransform, type MdastContext } from './transform.ts';

/**
 * True for a picture's URL that names a file beside the piece (`./photo.jpg`, `photo.jpg`), which Astro's image step
 * processes; false for one with a scheme (`https:`, `data:`) or from the site's root or another host (`/`, `//`).
 */
export function isBesideThePiece(url: string): boolean {
  return !/^(?:[a-z][a-z\d+.-]*:|\/)/i.test(url);
}

export default function mdastImageFiles() {
  return defineMdastTransform({
    name: 'image-files',
    options: { position: true },
    image(image: Readonly<Image>, ctx: MdastContext) {
      const path = documentPath(ctx.fileURL);
      if (!path || !isBesideThePiece(image.url)) return;
      const file = resolve(dirname(path), decodeURI(image.url.split(/[?#]/)[0]!));
      if (existsSync(file)) return;
      throw new Error(
        `${sourcePosition(image, ctx)}: image: there is no file ${image.url} beside the piece ` +
          `(looked for ${relative(process.cwd(), file)}). Check its name, or add the picture next to the piece's file.`,
      );
    },
  });
}
