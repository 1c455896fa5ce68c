import { intlLocale } from '../language/locales.ts';
import { topicSlugPath } from '../language/paths.ts';
import { langs, type Lang } from '../site.config.ts';
import { topicCounterpart, topicsIn, type TaggedPiece, type Topic } from './topics.ts';

/** One topic page: its topic, and the same topic's page in each language that has it (itself included), in locale order. */
export interface TopicPage<P extends TaggedPiece = TaggedPiece> {
  lang: Lang;
  topic: Topic<P>;
  alternates: Partial<Record<Lang, string>>;
}

/** Every topic page of every language, with the counterparts the language switcher and hreflang links use. */
export function topicPages<P extends TaggedPiece>(pieces: readonly P[]): TopicPage<P>[] {
  const topics = new Map(langs.map((lang) => [lang, topicsIn(pieces, lang, new Intl.Collator(intlLocale(lang)))]));
  return langs.flatMap((lang) =>
    topics.get(lang)!.map((topic) => {
      const alternates: Partial<Record<Lang, string>> = {};
      for (const code of langs) {
        if (code === lang) {
          alternates[code] = topicSlugPath(lang, topic.slug);
          continue;
        }
        const tag = topicCounterpart(pieces, topic.tag, lang, code);
        const match = tag && topics.get(code)!.find((candidate) => candidate.tag === tag.normalize('NFC').trim());
        if (match) alternates[code] = topicSlugPath(code, match.slug);
      }
      return { lang, topic, alternates };
    }),
  );
}
