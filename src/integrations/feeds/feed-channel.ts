import { site, type Lang } from '../../site.config';
import { languageTag } from '../../language/locales';
import { localePath } from '../../language/paths';
import type { FeedChannel } from './feed-types';
import { feedPaths, type FeedFormat } from './feed-paths';

/** How the `format` feed of `lang` describes itself; `siteUrl` is the site's origin (`context.site`). */
export function feedChannel(lang: Lang, format: FeedFormat, siteUrl: URL): FeedChannel {
  return {
    language: languageTag(lang),
    title: site.name[lang],
    description: site.tagline[lang],
    publisher: site.publisher[lang],
    homeUrl: new URL(localePath(lang), siteUrl).href,
    feedUrl: new URL(feedPaths(lang)[format], siteUrl).href,
  };
}
