import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const { baseUrl, newPage } = useBrowser();

describe('pages', () => {
  test.each([
    ['/fr/nulle-part/', 'fr', 'Page introuvable'],
    ['/en/nowhere/', 'en', 'Page not found'],
  ])('an unknown address %s answers 404 in its language', async (path, lang, heading) => {
    const page = await newPage();
    const response = await page.goto(baseUrl + path);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.textContent('h1')).toBe(heading);
  });

  test('a case page shows its facts: territory derived from the INSEE code, actors, levels, continuity, themes, source', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/pratiques/lab28-la-loupe/`);
    const facts = (await page.getByRole('complementary', { name: 'En bref' }).textContent())!;
    expect(facts).toContain('La Loupe');
    expect(facts).toContain('Eure-et-Loir (28)');
    expect(facts).toContain('Centre-Val de Loire');
    expect(facts).toContain('Moins de 10\u202F000 habitants');
    expect(facts).toContain('Collège');
    expect(facts).toContain('Continuité sur la journée de l’élève');
    expect(facts).toContain('Synthèse de la 2ème journée du numérique');
    expect(await page.getByRole('region', { name: 'Qui a fait quoi' }).textContent()).toContain(
      'Conseil départemental d’Eure-et-Loir',
    );
  });

  test('each continuity hub gives its question, key message and partnership pluses, and lists its cases', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/continuities/parcours/`);
    expect(await page.textContent('h1')).toBe('Continuity of the school path');
    expect(await page.getByRole('heading', { name: 'The question asked' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'What partnership brings' }).isVisible()).toBe(
      true,
    );
    expect(
      await page
        .getByRole('link', { name: 'A digital incubator at Lycée Vauban in Brest' })
        .isVisible(),
    ).toBe(true);
    expect(
      await page.getByRole('link', { name: 'Continuity across the pupil’s day' }).count(),
    ).toBeGreaterThan(0);
  });

  test('a case page runs no script', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/practices/lab28-la-loupe/`);
    // Its only script element is structured data for search engines, which browsers do not run.
    expect(
      await page.$$eval('script', (scripts) =>
        scripts.map((script) => script.getAttribute('type')),
      ),
    ).toEqual(['application/ld+json']);
  });
});
