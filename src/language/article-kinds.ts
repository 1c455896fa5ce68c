/** The article collections, the URL section each is published under, and its kind's UI label key. */
export const articleKinds = {
  stories: { section: 'news', label: 'kind.story' },
  explainers: { section: 'explainers', label: 'kind.explainer' },
  statements: { section: 'statements', label: 'kind.statement' },
} as const;

/** A collection whose entries are mirrored, per-language articles. */
export type ArticleCollection = keyof typeof articleKinds;
