import { describe, expect, it } from 'vitest';
import { validateSiteConfig } from '../../../src/site/site-config-schema';
import * as config from '../../../src/site.config';

/** A mutable copy of the configuration, as plain data. */
type ConfigData = {
  locales: Record<string, unknown>[];
  defaultLang: string;
  site: Record<string, unknown> & { name: Record<string, string> };
};
const valid = () =>
  structuredClone({
    locales: config.locales,
    defaultLang: config.defaultLang,
    site: config.site,
  }) as unknown as ConfigData;

describe('validateSiteConfig', () => {
  it('accepts the site as configured', () => {
    expect(() => validateSiteConfig(valid())).not.toThrow();
  });

  it('names the file and the field when a locale is wrong', () => {
    const broken = valid();
    broken.locales[1]!.intl = 'not a locale!';
    broken.locales[1]!.og = 'en-IN';
    expect(() => validateSiteConfig(broken)).toThrow(
      /src\/site\.config\.ts[\s\S]*locales\.1\.intl[\s\S]*locales\.1\.og/,
    );
  });

  it('refuses a default language that is not a locale, and a locale without a site name', () => {
    const broken = { ...valid(), defaultLang: 'hi' };
    broken.site.name = { bn: 'ইউপিআই খবর' };
    expect(() => validateSiteConfig(broken)).toThrow(/defaultLang: "hi" is not one of the locales/);
    expect(() => validateSiteConfig(broken)).toThrow(/site\.name\.en: the site has no name in "en"/);
  });

  it('refuses a feed that would carry no items', () => {
    const broken = valid();
    broken.site.feeds = { items: 0 };
    expect(() => validateSiteConfig(broken)).toThrow(/site\.feeds\.items/);
  });

  it('refuses a negative number of pieces to keep offline', () => {
    const broken = valid();
    broken.site.offline = { articles: -1 };
    expect(() => validateSiteConfig(broken)).toThrow(/site\.offline\.articles/);
  });

  it('refuses a channel that is not a URL', () => {
    const broken = valid();
    broken.site.channels = { telegram: 'our channel' };
    expect(() => validateSiteConfig(broken)).toThrow(/site\.channels\.telegram/);
  });
});
