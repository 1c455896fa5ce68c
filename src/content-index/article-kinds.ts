/** The article collections, the URL section each is published under, and its kind's UI label key. */
export const articleKinds = {
  stories: { section: 'news', label: 'kind.story' },
  explainers: { section: 'explainers', label: 'kind.explainer' },
  statements: { section: 'statements', label: 'kind.statement' },
} as const;

/** A collection whose entries are mirrored, per-language articles. */
export type ArticleCollection = keyof typeof articleKinds;

/**
 * Frontmatter fields that refer to other pieces by slug, with the collection
 * each names. A slug carries no language: every page resolves it in its own.
 */
export const pieceReferenceFields = {
  explainers: 'explainers',
  statements: 'statements',
} as const satisfies Record<string, ArticleCollection>;
