import { localeTags, type Locale } from '../i18n/config.ts';
import type { CaseFacts } from './case-facts.ts';

/** The licence of the site's texts (see the footer and the open-data page). */
export const textLicence = 'https://creativecommons.org/licenses/by/4.0/';

/** What a case page's structured data needs beyond the case's own facts. */
export interface CaseJsonLdInput {
  facts: CaseFacts;
  locale: Locale;
  /** The page's absolute address. */
  url: string;
  site: { name: string; url: string };
}

/**
 * A case page described for search engines with schema.org (JSON-LD): an article about an
 * experience, where it took place, who took part, and the public document it is based on.
 * @example caseJsonLd({ facts, locale: 'fr', url: 'https://example.org/fr/pratiques/lab28-la-loupe/', site: { name: 'Continuités', url: 'https://example.org/fr/' } })['@type'] // 'Article'
 */
export function caseJsonLd({ facts, locale, url, site }: CaseJsonLdInput): Record<string, unknown> {
  const { territory, source } = facts;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: facts.title,
    description: facts.summary,
    inLanguage: localeTags[locale],
    url,
    mainEntityOfPage: url,
    dateModified: facts.lastReviewed.toISOString().slice(0, 10),
    keywords: [...facts.continuity, ...facts.themes].map((label) => label.label),
    educationalLevel: facts.levels.map((level) => level.label),
    audience: facts.audiences.map((audience) => ({
      '@type': 'Audience',
      audienceType: audience.label,
    })),
    // A national network works across France; any other territory is named, within its region.
    spatialCoverage:
      territory.scope === 'national'
        ? { '@type': 'Country', name: 'France' }
        : {
            '@type': territory.scope === 'commune' ? 'City' : 'AdministrativeArea',
            name: territory.name,
            ...(territory.region && territory.region.name !== territory.name
              ? { containedInPlace: { '@type': 'AdministrativeArea', name: territory.region.name } }
              : {}),
          },
    contributor: facts.actors.map((actor) => ({ '@type': 'Organization', name: actor.name })),
    isBasedOn: {
      '@type': 'CreativeWork',
      name: source.title,
      ...(source.publisher
        ? { publisher: { '@type': 'Organization', name: source.publisher } }
        : {}),
      inLanguage: localeTags[source.language],
      ...(source.date ? { datePublished: source.date } : {}),
    },
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    license: textLicence,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that no text of a case can
 * close the script element early.
 * @example jsonForScript({ name: '</script>' }) // '{"name":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
