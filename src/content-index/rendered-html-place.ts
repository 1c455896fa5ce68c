import type { AstroIntegration } from 'astro';
import { renderedHtmlFolder } from './rendered-html.ts';

/**
 * Astro integration: tells the site's code (`render-piece.ts`) where the content loader keeps the pieces' rendered
 * HTML, the folder it derives from Astro's cache folder (`rendered-html.ts`), as a constant of the bundled code.
 */
export default function renderedHtmlPlace(): AstroIntegration {
  return {
    name: 'rendered-html-place',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          vite: { define: { __RENDERED_HTML_FOLDER__: JSON.stringify(renderedHtmlFolder(config.cacheDir)) } },
        });
      },
    },
  };
}
