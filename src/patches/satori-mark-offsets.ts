/**
 * Patch of satori 0.63.2 (see src/patches/README.md): the vertical offsets of
 * marks, which satori applies mirrored. Node loads this file as it is, in the
 * preview-card worker, so it imports only Node's own modules.
 */
import { registerHooks } from 'node:module';

/** The satori release this patch was written for; `tests/unit/patches/` fails on any other. */
export const patchedSatoriVersion = '0.63.2';

/** Satori's render function. */
export type Satori = (typeof import('satori'))['default'];

/**
 * Satori places each glyph at `y = baseline + dy`, with HarfBuzz's `dy`,
 * which points up, added in SVG space, which points down. Marks that GPOS moves
 * vertically land mirrored: the ra-phala of প্র sits too high, a reph too low.
 * This matches that one statement in the built file (the names are minified).
 * It starts only at the start of a name: from every letter of every name, it
 * took most of a second over satori's 1.6 MB.
 */
const glyphY = /(?<![\w$])([\w$]+)=([\w$]+)\+([\w$]+)\.dy\*([\w$]+),/g;

/** Appended to the patched module, so the caller can tell it got the patched copy. */
const marker = 'ogGlyphOffsetsFixed';

/** Satori's ESM source with the vertical glyph offset subtracted, as SVG's y axis requires. */
export function fixGlyphOffsets(source: string): string {
  const found = source.match(glyphY) ?? [];
  if (found.length !== 1) {
    throw new Error(
      `Expected one "y = baseline + dy" statement in satori, found ${found.length}. If satori changed, ` +
        'check whether it now subtracts dy; if so, drop src/patches/satori-mark-offsets.ts and import satori directly.',
    );
  }
  return `${source.replace(glyphY, '$1=$2-$3.dy*$4,')}\nexport const ${marker} = true;\n`;
}

let loading: Promise<Satori> | undefined;

/**
 * Imports satori with its vertical glyph offsets fixed (see `fixGlyphOffsets`),
 * through a module load hook that is removed once satori is loaded. Throws
 * rather than return an unfixed satori, e.g. one a bundler inlined.
 */
export function loadSatori(): Promise<Satori> {
  loading ??= (async () => {
    const target = import.meta.resolve('satori');
    const hooks = registerHooks({
      load(url, context, nextLoad) {
        const result = nextLoad(url, context);
        const { source } = result;
        if (url !== target || source === undefined) return result;
        const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
        return { ...result, source: fixGlyphOffsets(text) };
      },
    });
    try {
      const module = (await import('satori')) as typeof import('satori') & { [marker]?: true };
      if (!module[marker]) throw new Error(`satori was loaded from ${target} without its glyph offset fix`);
      return module.default;
    } finally {
      hooks.deregister();
    }
  })();
  return loading;
}
