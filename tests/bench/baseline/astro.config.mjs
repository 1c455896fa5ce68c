// The benchmark's baseline: plain Astro 7 + MDX rendering the same content with one bare layout.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
