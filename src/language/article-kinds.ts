/**
 * The article collections, the URL section each is published under, its kind's UI label key, and whether its pieces
 * are news: stories report an event when it happens; explainers are evergreen background; a statement page carries
 * one company's words as a story's source reported them, a part of that story rather than a report of its own. Only
 * news goes into the Google News sitemap. A quoted kind's text also shows on other pieces' pages: a statement card
 * quotes its statement. `ownPageOnly` names the frontmatter fields only a piece's own page shows (a story's timeline):
 * a shard that does not build that page keeps the piece without them (`src/content-index/entry-modes.ts`).
 */
export const articleKinds = {
  stories: { section: 'news', label: 'kind.story', news: true, quoted: false, ownPageOnly: ['timeline'] },
  explainers: { section: 'explainers', label: 'kind.explainer', news: false, quoted: false, ownPageOnly: [] },
  statements: { section: 'statements', label: 'kind.statement', news: false, quoted: true, ownPageOnly: [] },
} as const;

/** A collection whose entries are mirrored, per-language articles. */
export type ArticleCollection = keyof typeof articleKinds;
