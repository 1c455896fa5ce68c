import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { feedPath, offlinePath } from '../../language/paths.ts';
import { offlineCachePrefix, serviceWorkerPath } from '../../site/offline-reading.ts';
import { defaultLang, locales } from '../../site.config.ts';
import { offlineManifest, serviceWorkerScript } from './manifest.ts';

/** What to keep for reading offline. */
export interface OfflineOptions {
  /** How many of the newest pieces of the reader's language to keep ahead (`site.offline.articles`). */
  articles: number;
}

/**
 * Writes the service worker, `dist/sw.js`, once every page, stylesheet and font subset of the site is built: the
 * worker in `worker.js` after a manifest of what it keeps, each file with a digest of its bytes. It reads the built
 * files only, so the same site gives the same worker, whether built whole, incrementally or in merged shards.
 */
export default function offlineReading(options: OfflineOptions): AstroIntegration {
  let assets = '/_astro/';
  return {
    name: 'offline-reading',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The shards' merge hands the hooks the config it resolved; Astro's default when it has no `build.assets`.
        assets = `/${config.build?.assets ?? '_astro'}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = offlineManifest({
          outDir,
          assets,
          prefix: offlineCachePrefix,
          defaultLang,
          articles: options.articles,
          langs: locales.map((locale) => ({
            code: locale.code,
            offlinePath: offlinePath(locale.code),
            feedPath: feedPath(locale.code, 'json'),
            fontFamily: 'font' in locale ? locale.font.family : undefined,
          })),
        });
        const worker = readFileSync(new URL('./worker.js', import.meta.url), 'utf8');
        writeFileSync(join(outDir, serviceWorkerPath), serviceWorkerScript(manifest, worker));
        const kept = Object.entries(manifest.langs).map(([lang, files]) => `${lang} ${files.articles.length}`);
        logger.info(
          `${serviceWorkerPath} written (version ${manifest.version}; newest pieces kept: ${kept.join(', ')})`,
        );
      },
    },
  };
}
