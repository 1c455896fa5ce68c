import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The corpus's stories, from `content/` beside this project (the benchmark writes it there). */
export const collections = {
  stories: defineCollection({ loader: glob({ base: './content/stories', pattern: '**/*.{md,mdx}' }) }),
};
