import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { pagedFixture, untranslatedFixture } from './support/fixture.ts';
import {
  distDir,
  fallbackPaths,
  fileOf,
  fixtureDistDir,
  htmlPaths,
  pagedDistDir,
  pagedPaths,
} from './support/site-pages.ts';

// Every HTML file of the build, with the project's configuration (.htmlvalidate.mjs), and the page
// a reader gets where a translation is missing (from the second build of the tests), and the pages
// of listings that take several (from the third).
const validator = new HtmlValidate(new FileSystemConfigLoader());
await untranslatedFixture();
await pagedFixture();
const files = [
  ...htmlPaths(distDir).map((path) => fileOf(distDir, path)),
  ...fallbackPaths(fixtureDistDir).map((path) => fileOf(fixtureDistDir, path)),
  ...['/fr/pratiques/', ...pagedPaths(pagedDistDir)].map((path) => fileOf(pagedDistDir, path)),
];

describe('HTML validation (html-validate, recommended rules)', () => {
  test('covers every page of the build and an untranslated copy', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.startsWith(fixtureDistDir))).toBe(true);
    expect(files.filter((file) => file.startsWith(pagedDistDir)).length).toBeGreaterThan(2);
  });

  test.each(files.map((file) => [file.slice(file.indexOf('dist') + 4), file]))(
    '%s',
    async (_, file) => {
      const report = await validator.validateFile(file);
      const errors = report.results.flatMap((result) =>
        result.messages.map(
          (message) =>
            `${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`,
        ),
      );
      expect(errors).toEqual([]);
    },
  );
});
