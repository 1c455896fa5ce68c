/**
 * `node src/cli/fallback-font-metrics.ts`: measures the fallback faces of `src/styles/fonts.css` and prints their
 * `@font-face` descriptors. Noto Sans Bengali comes from `@fontsource/noto-sans-bengali`, the phone's fonts from this
 * machine (Debian: fonts-lohit-beng-bengali, fonts-dejavu-core); the text is every Bengali run of `content/` and the
 * Bengali UI strings. Run it after a font package or a lot of new text changes, and copy its numbers into fonts.css;
 * `tests/unit/integrations/fonts/fallback-metrics.test.ts` fails when they differ.
 */
import { fallbackFaces, measureFallbackFaces } from '../integrations/fonts/fallback-faces.ts';
import { descriptorsCss } from '../integrations/fonts/fallback-metrics.ts';

const measured = await measureFallbackFaces(new URL('../../', import.meta.url).pathname);
for (const face of fallbackFaces) {
  const descriptors = measured.get(face.id);
  if (!descriptors) {
    console.log(`/* ${face.family} ${face.weight}: ${face.file} is missing here */`);
    continue;
  }
  console.log(`/* ${face.family} ${face.weight} (${face.file}) */`);
  for (const line of descriptorsCss(descriptors)) console.log(line);
}
