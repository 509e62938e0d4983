/**
 * `npm run new:case -- <id> [--only fr|en]`: create content/cases/fr/<id>.mdx and content/cases/en/<id>.mdx
 * from scripts/templates/case.mdx, with every field present and explained in the language of the file.
 * Refuses to overwrite an existing case. The content folder is CONTINUITES_CONTENT_DIR or content/.
 * Speaks French or English: `--lang fr|en`, else LC_ALL/LANG (French when it starts with "fr"), else French.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../src/data/content-dir.ts';
import { readVocabularies } from '../src/data/vocabularies.ts';
import { isLocale, locales, type Locale } from '../src/i18n/config.ts';
import { contributorLocale, say, withoutLang } from '../src/i18n/contributor/index.ts';
import { localizedPath } from '../src/i18n/routes.ts';
import { idPattern } from '../src/schemas/common.ts';
import {
  vocabularyFiles,
  vocabularyNames,
  type VocabularyName,
} from '../src/schemas/vocabulary.ts';

const templatePath = new URL('./templates/case.mdx', import.meta.url);

/**
 * The template in one language: lines marked `@fr ` or `@en ` are kept for their language only,
 * `{{ids:<list>}}` becomes the ids of that controlled list, `{{today}}` today's date.
 */
function renderTemplate(
  template: string,
  locale: Locale,
  ids: (list: VocabularyName) => readonly string[],
  today: string,
): string {
  return template
    .split('\n')
    .flatMap((line) => {
      const marked = /^@(\w\w) ?(.*)$/.exec(line);
      if (!marked) return [line];
      return marked[1] === locale ? [marked[2]!] : [];
    })
    .join('\n')
    .replace(/\{\{ids:(\w+)\}\}/g, (_, list: string) => {
      if (!(list in vocabularyFiles))
        throw new Error(
          `scripts/templates/case.mdx: {{ids:${list}}}: no such list; one of ${vocabularyNames.join(' | ')}`,
        );
      return ids(list as VocabularyName).join(' | ');
    })
    .replace(/\{\{today\}\}/g, today)
    .replace(/\n{3,}/g, '\n\n');
}

function fail(message: string): never {
  console.error(`new:case: ${message}`);
  process.exit(1);
}

const { locale: language, invalid } = contributorLocale(process.argv.slice(2), process.env);
const args = withoutLang(process.argv.slice(2));
if (invalid !== undefined)
  fail(say(language, 'command.badLanguage', { value: JSON.stringify(invalid) }));
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const [id] = args.filter(
  (arg, index) => !arg.startsWith('--') && (onlyIndex < 0 || index !== onlyIndex + 1),
);
if (!id) fail(say(language, 'newCase.noId'));
if (only !== undefined && !isLocale(only))
  fail(say(language, 'newCase.badOnly', { value: JSON.stringify(only) }));
if (!idPattern.test(id)) {
  const suggestion = id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  fail(
    say(language, 'newCase.badId', {
      id: JSON.stringify(id),
      example: suggestion
        ? say(language, 'newCase.example', { suggestion: JSON.stringify(suggestion) })
        : '',
    }),
  );
}

const chosen: Locale[] = only ? [only as Locale] : [...locales];
const targets = chosen.map((locale) => ({
  locale,
  path: join(contentDir, 'cases', locale, `${id}.mdx`),
}));
const existing = locales
  .map((locale) => join(contentDir, 'cases', locale, `${id}.mdx`))
  .filter((path) => existsSync(path));
if (existing.length)
  fail(
    say(language, 'newCase.exists', {
      count: existing.length,
      files: existing.join(say(language, 'newCase.and')),
    }),
  );

const vocabularies = readVocabularies(contentDir);
const ids = (list: VocabularyName) => vocabularies[list];
const template = readFileSync(templatePath, 'utf8');
const today = new Date().toISOString().slice(0, 10);
for (const { locale, path } of targets) {
  mkdirSync(join(contentDir, 'cases', locale), { recursive: true });
  writeFileSync(path, renderTemplate(template, locale, ids, today), { flag: 'wx' });
}

const shown = targets
  .map(({ path }) => relative(process.cwd(), path))
  .join(say(language, 'newCase.and'));
console.log(
  say(language, 'newCase.created', {
    files: shown,
    frUrl: `http://localhost:4321${localizedPath('fr', 'practices', id)}`,
    enUrl: `http://localhost:4321${localizedPath('en', 'practices', id)}`,
  }),
);
