/**
 * The content check: `npm run check:content [folder] [--only-unsafe] [--lang fr|en]` (default
 * `content/`, or CONTINUITES_CONTENT_DIR).
 *
 * Lists every problem of the content, each with its file, line, field and what is allowed (the checks
 * are in scripts/content-check/), in French or English (`--lang`, else LC_ALL/LANG, else French; on
 * GitHub Actions each annotation says both). `npm run build` runs it before `astro build`, so unsafe
 * content never reaches the build. Errors exit 1; warnings alone exit 0; a wrong option or folder exits 2.
 * `--only-unsafe` reports only content that would run code or load another site (used by `npm run dev`).
 */
import { contentDir } from '../src/data/content-dir.ts';
import { contributorLocale, say, withoutLang } from '../src/i18n/contributor/index.ts';
import { checkContent, ContentFolderError } from './content-check/index.ts';
import { checkReport, printable } from './content-check/problems.ts';

const started = performance.now();
const { locale, invalid } = contributorLocale(process.argv.slice(2), process.env);
const args = withoutLang(process.argv.slice(2));
const fail = (message: string) => {
  console.error(printable(`check-content: ${message}`));
  process.exit(2);
};
if (invalid !== undefined)
  fail(say(locale, 'command.badLanguage', { value: JSON.stringify(invalid) }));
const unknownOption = args.find((arg) => arg.startsWith('--') && arg !== '--only-unsafe');
if (unknownOption)
  fail(
    say(locale, 'command.unknownOption', {
      option: unknownOption,
      usage: 'node scripts/check-content.ts [content folder] [--only-unsafe] [--lang fr|en]',
    }),
  );
const folder = args.find((arg) => !arg.startsWith('--')) ?? contentDir;

try {
  const { lines, exitCode } = checkReport(await checkContent(folder), {
    onlyUnsafe: args.includes('--only-unsafe'),
    annotations: process.env['GITHUB_ACTIONS'] === 'true',
    milliseconds: performance.now() - started,
    locale,
  });
  console.log(lines.join('\n'));
  process.exitCode = exitCode;
} catch (error) {
  // Never a stack trace: a contributor reads what stopped the check, and the exit status says it did not finish.
  const reason = error instanceof Error ? error.message : String(error);
  fail(
    error instanceof ContentFolderError
      ? say(locale, 'command.noFolder', { folder })
      : say(locale, 'command.stopped', { reason }),
  );
}
