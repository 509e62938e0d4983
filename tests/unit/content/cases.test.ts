import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { locales, type Locale } from '../../../src/i18n/config.ts';
import type { CaseData } from '../../../src/schemas/case.ts';
import { structuredDifferences } from '../../../src/utils/translations.ts';
import { siteCaseSchema, siteVocabularies } from '../support/site-content.ts';

// These tests read the published content itself, not a fixture: they check what readers will get.
const root = resolve(import.meta.dirname, '../../..');
const casesDir = join(root, 'content/cases');

interface CaseFile {
  path: string;
  slug: string;
  locale: Locale;
  frontmatter: Record<string, unknown>;
  data: CaseData;
  body: string;
}

function readCase(locale: Locale, file: string): CaseFile {
  const path = join(casesDir, locale, file);
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${relative(root, path)}: expected frontmatter between two --- lines`);
  const frontmatter = yaml.load(match[1]!) as Record<string, unknown>;
  const parsed = siteCaseSchema.safeParse(frontmatter);
  if (!parsed.success) {
    throw new Error(`${relative(root, path)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return { path: relative(root, path), slug: file.replace(/\.mdx$/, ''), locale, frontmatter, data: parsed.data, body: match[2]! };
}

const files = Object.fromEntries(
  locales.map((locale) => [locale, readdirSync(join(casesDir, locale)).filter((file) => file.endsWith('.mdx')).sort()]),
) as Record<Locale, string[]>;
const cases = locales.flatMap((locale) => files[locale].map((file) => readCase(locale, file)));
const french = cases.filter((entry) => entry.locale === 'fr');
const inLocale = (locale: Locale, slug: string) => cases.find((entry) => entry.locale === locale && entry.slug === slug)!;

/** The guided sections of a case body, in the order the template gives them. */
const templateSections: Record<Locale, string[]> = {
  fr: ['Contexte', 'Ce qui a été fait', 'Ce que ça apporte', 'Conditions et difficultés', 'Questions à se poser avant de se lancer'],
  en: ['Context', 'What was done', 'What it brings', 'Conditions and difficulties', 'Questions to ask before starting'],
};

/** The `##` sections of a body, with the text under each heading. */
function sections(body: string): { heading: string; text: string }[] {
  return body
    .split(/^## /m)
    .slice(1)
    .map((chunk) => {
      const [heading = '', ...lines] = chunk.split('\n');
      return { heading: heading.trim(), text: lines.join('\n').trim() };
    });
}

/** Every text an author typed in a frontmatter, with its field path. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${path}.${index}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  return [];
}

describe('the case studies', () => {
  test('are the eleven of the brief, each written in French and in English', () => {
    expect(files.fr).toHaveLength(11);
    expect(files.en).toEqual(files.fr);
  });

  test('say the same thing in both languages: continuity, themes, levels, territory, actors, source, proposals, status', () => {
    const disagreements = french.flatMap((fr) =>
      structuredDifferences({ fr: fr.data, en: inLocale('en', fr.slug).data }).map((difference) => `${fr.slug}: ${difference.field}`),
    );
    expect(disagreements).toEqual([]);
  });

  test('are placed by the official code of their territory', () => {
    const territories = Object.fromEntries(french.map((entry) => [entry.slug, [entry.data.territory.scope, entry.data.territory.code ?? entry.data.territory.departments?.join(' ') ?? '']]));
    expect(territories).toEqual({
      'brest-incubateur-numerique': ['commune', '29019'],
      'prof-at-brest': ['epci', '242900314'],
      'ecla-champagne-au-mont-d-or': ['commune', '69040'],
      'reseau-canope-services-familles': ['national', ''],
      'ent-parents-ecole-jean-jaures': ['commune', '93061'],
      'lab28-la-loupe': ['commune', '28214'],
      'francas-programmation-robots': ['national', ''],
      'ent-academie-nancy-metz': ['academie', '54 55 57 88'],
      'cemea-education-ecrans-basse-normandie': ['region', '28'],
      'saint-etienne-ecole-design-numerique': ['commune', '42218'],
      'parthenay-gatine-strategie-numerique': ['epci', '200041333'],
    });
  });

  test('give every continuity several cases, as the three round tables did', () => {
    for (const continuity of siteVocabularies.continuities) {
      expect(french.filter((entry) => entry.data.continuity.includes(continuity)).length, continuity).toBeGreaterThanOrEqual(3);
    }
  });

  test('use every theme of the taxonomy, and the taxonomy defines at least ten themes in both languages', () => {
    const themes = yaml.load(readFileSync(join(root, 'content/taxonomy/themes.yaml'), 'utf8')) as { id: string; label: Record<Locale, string>; description: Record<Locale, string> }[];
    expect(themes.length).toBeGreaterThanOrEqual(10);
    for (const theme of themes) {
      for (const locale of locales) {
        expect(theme.label[locale], `${theme.id}.label.${locale}`).toBeTruthy();
        expect(theme.description[locale], `${theme.id}.description.${locale}`).toBeTruthy();
      }
    }
    const unused = themes.map((theme) => theme.id).filter((id) => !french.some((entry) => entry.data.themes.includes(id)));
    expect(unused).toEqual([]);
  });

  test('feature on the home page exactly the four cases that define the project', () => {
    expect(french.filter((entry) => entry.data.featured).map((entry) => entry.slug)).toEqual([
      'brest-incubateur-numerique',
      'ent-parents-ecole-jean-jaures',
      'lab28-la-loupe',
      'saint-etienne-ecole-design-numerique',
    ]);
  });

  test('each cite the part of their source they come from', () => {
    for (const entry of cases) expect(entry.data.source.section, entry.path).toBeTruthy();
  });

  test('sum themselves up in a single sentence', () => {
    for (const entry of cases) {
      expect(entry.data.summary, entry.path).not.toMatch(/[.!?…]\s+\p{Lu}/u);
      expect(entry.data.summary, entry.path).toMatch(/[.!?]$/);
    }
  });
});

describe('the body of a case', () => {
  test.each(cases.map((entry) => [entry.path, entry] as const))('%s has the Context and What was done sections, then only template sections, in order', (_, entry) => {
    const found = sections(entry.body);
    const headings = found.map((section) => section.heading);
    const template = templateSections[entry.locale];
    expect(headings.slice(0, 2)).toEqual(template.slice(0, 2));
    expect(headings.filter((heading) => !template.includes(heading))).toEqual([]);
    expect(headings).toEqual([...headings].sort((a, b) => template.indexOf(a) - template.indexOf(b)));
    for (const section of found) expect(section.text.length, `${entry.path}: ## ${section.heading}`).toBeGreaterThan(40);
  });
});

describe('the writing of the cases', () => {
  test('uses typographic apostrophes, never the typewriter one', () => {
    const straight = cases.flatMap((entry) =>
      [...texts(entry.frontmatter), ['body', entry.body] as [string, string]]
        .filter(([, text]) => text.includes("'"))
        .map(([field]) => `${entry.path}: ${field}`),
    );
    expect(straight).toEqual([]);
  });

  test('keeps French punctuation off the start of a line in French titles, summaries and roles', () => {
    // The body gets its no-break spaces at build time; frontmatter text is shown as it is typed.
    const breakable = french.flatMap((entry) =>
      texts(entry.frontmatter)
        .filter(([, text]) => / [:;!?»]|« /.test(text))
        .map(([field, text]) => `${entry.path}: ${field}: ${text}`),
    );
    expect(breakable).toEqual([]);
  });

  test('carries none of the slips of the machine-translated sources', () => {
    const slips = /gas pedals?|villa internet|digitalb|internet cities/i;
    const found = walk(join(root, 'content')).filter((path) => slips.test(readFileSync(path, 'utf8')));
    expect(found.map((path) => relative(root, path))).toEqual([]);
  });

  // A skip is not a pass: the GitHub workflow has no ../shared, so there this test never runs.
  test('repeats no passage of the source documents word for word (skipped where ../shared is absent, as on GitHub)', (context) => {
    const script = findUpwards(root, 'shared/tools/source-overlap.py');
    context.skip(!script, 'not checked: shared/tools/source-overlap.py is not beside the repository (as in the GitHub workflow)');
    const run = spawnSync('python3', [script!, 'content'], { cwd: root, encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    // Every line but the last names a copied passage, so a failure shows them all.
    const passages = run.stdout.trim().split('\n').slice(0, -1);
    expect(passages).toEqual([]);
    expect(run.stdout).toMatch(/^0 passage\(s\)/m);
    // The script reads every source and content file: a second or two alone, far more on a shared, busy machine.
  }, 60_000);
});

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? walk(join(directory, item.name)) : [join(directory, item.name)],
  );
}

/** The nearest `<ancestor>/<path>` above `from`: the shared folder sits beside the repository, or beside its worktrees. */
function findUpwards(from: string, path: string): string | undefined {
  for (let directory = dirname(from); ; directory = dirname(directory)) {
    const candidate = join(directory, path);
    if (existsSync(candidate)) return candidate;
    if (dirname(directory) === directory) return undefined;
  }
}
