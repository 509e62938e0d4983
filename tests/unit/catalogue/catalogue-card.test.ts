import { describe, expect, test } from 'vitest';
import { describeCase } from '../../../src/catalogue/case-facts.ts';
import { catalogueCard, compactRuns, runsOf } from '../../../src/catalogue/catalogue-card.ts';
import { languageMarker } from '../../../src/utils/language-marks.ts';
import {
  siteTaxonomy as taxonomy,
  siteCaseSchema,
  validCaseFrontmatter,
} from '../support/site-content.ts';

const data = siteCaseSchema.parse(validCaseFrontmatter());
const frenchNames = () => languageMarker(['Brest'], 'fr');

describe('a card the catalogue’s script shows', () => {
  test('has the marked texts of the build’s card and the ids of its continuities and themes', () => {
    const facts = describeCase(data, 'en', taxonomy);
    const card = catalogueCard({
      slug: 'x',
      facts,
      locale: 'en',
      textLang: 'en',
      markerFor: frenchNames,
    });
    expect(runsOf(card.territory)).toEqual([{ text: 'Brest', lang: 'fr' }]);
    expect(card.scope).toBe(facts.territory.scopeLabel);
    expect(
      runsOf(card.title)
        .map((run) => run.text)
        .join(''),
    ).toBe(facts.title);
    expect(card.continuity).toEqual(facts.continuity.map((item) => item.id));
    expect(card.themes).toEqual(facts.themes.map((item) => item.id));
    expect(card.lang).toBeUndefined();
    // A few hundred bytes: no labels, no address, runs written short.
    expect(JSON.stringify(card).length).toBeLessThan(600);
  });

  test('of an untranslated practice, says the language of its text and marks its territory in it', () => {
    const card = catalogueCard({
      slug: 'x',
      facts: describeCase(data, 'fr', taxonomy),
      locale: 'en',
      textLang: 'fr',
      markerFor: () => languageMarker([], 'en'),
    });
    expect(card.lang).toBe('fr');
    expect(card.territory).toEqual([['Brest', 'fr']]);
  });

  test('writes its runs short and reads them back', () => {
    const runs = [{ text: 'A school in ' }, { text: 'Brest', lang: 'fr' as const }];
    expect(compactRuns(runs)).toEqual(['A school in ', ['Brest', 'fr']]);
    expect(runsOf(compactRuns(runs))).toEqual(runs);
  });
});
