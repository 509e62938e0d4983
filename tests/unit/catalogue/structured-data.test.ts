import { describe, expect, test } from 'vitest';
import { describeCase } from '../../../src/catalogue/case-facts.ts';
import { caseJsonLd, jsonForScript } from '../../../src/catalogue/structured-data.ts';
import {
  siteTaxonomy as taxonomy,
  siteCaseSchema,
  validCaseFrontmatter,
} from '../support/site-content.ts';

const data = siteCaseSchema.parse(validCaseFrontmatter());
const site = { name: 'Continuités', url: 'https://example.org/en/' };
const url = 'https://example.org/en/practices/a/';

describe('the structured data of a case page', () => {
  test('describes the case as an article in the page’s language, with its place, actors and source', () => {
    const jsonLd = caseJsonLd({
      facts: describeCase(data, 'en', taxonomy),
      locale: 'en',
      url,
      site,
    });
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Une plateforme partagée entre écoles et collège',
      inLanguage: 'en-GB',
      url,
      dateModified: '2026-11-23',
      educationalLevel: ['Primary school', 'Collège (lower secondary)'],
      spatialCoverage: {
        '@type': 'City',
        name: 'Brest',
        containedInPlace: { '@type': 'AdministrativeArea', name: 'Bretagne' },
      },
      contributor: [{ '@type': 'Organization', name: 'École Jean-Jaurès' }],
      isBasedOn: { '@type': 'CreativeWork', inLanguage: 'fr-FR' },
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(jsonLd.keywords).toContain('Digital workspace (ENT)');
  });

  test('places a national network in France rather than in a made-up territory', () => {
    const national = siteCaseSchema.parse({
      ...data,
      territory: { scope: 'national', label: 'Réseau national' },
    });
    expect(
      caseJsonLd({ facts: describeCase(national, 'fr', taxonomy), locale: 'fr', url, site })
        .spatialCoverage,
    ).toEqual({
      '@type': 'Country',
      name: 'France',
    });
  });

  test('cannot close its script element early', () => {
    expect(jsonForScript({ name: 'a</script><script>alert(1)</script>' })).toBe(
      '{"name":"a\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
    expect(JSON.parse(jsonForScript({ name: '<b>' }))).toEqual({ name: '<b>' });
  });
});
