import { describe, expect, test } from 'vitest';
import { parseGitLog } from '../../../src/data/git-dates.ts';
import { translationStatus } from '../../../src/utils/translation-status.ts';

const R = '\u001e';
const F = '\u001f';
const log = [
  `${R}c3${F}2026-03-02T09:00:00+01:00\n\ncases/fr/lab28-la-loupe.mdx\n`,
  `${R}c2${F}2026-02-01T10:00:00Z\n\ncases/en/lab28-la-loupe.mdx\npages/fr/about.mdx\n`,
  `${R}c1${F}2026-01-01T10:00:00Z\n\ncases/fr/lab28-la-loupe.mdx\ncases/en/lab28-la-loupe.mdx\npages/fr/about.mdx\n`,
].join('');

describe('parseGitLog', () => {
  test('gives each file the date of the latest commit that touched it', () => {
    const dates = parseGitLog(log);
    expect(dates.get('cases/fr/lab28-la-loupe.mdx')?.toISOString()).toBe(
      '2026-03-02T08:00:00.000Z',
    );
    expect(dates.get('cases/en/lab28-la-loupe.mdx')?.toISOString()).toBe(
      '2026-02-01T10:00:00.000Z',
    );
    expect(dates.get('pages/fr/about.mdx')?.toISOString()).toBe('2026-02-01T10:00:00.000Z');
  });

  test('leaves out files last touched by the edge commit of a shallow clone, whose date means nothing for them', () => {
    const dates = parseGitLog(log, new Set(['c1', 'c2']));
    expect([...dates.keys()]).toEqual(['cases/fr/lab28-la-loupe.mdx']);
  });

  test('skips [minor] commits, so a typo fixed in a source does not make its translation outdated', () => {
    const minor =
      `${R}c4${F}2026-04-01T09:00:00Z${F}Fix a typo [minor]${F}\n\ncases/fr/lab28-la-loupe.mdx\n` +
      log;
    expect(parseGitLog(minor).get('cases/fr/lab28-la-loupe.mdx')?.toISOString()).toBe(
      '2026-03-02T08:00:00.000Z',
    );
  });

  test('dates a translation reviewed without change through its Translation-reviewed trailer', () => {
    const reviewed =
      `${R}c4${F}2026-04-01T09:00:00Z${F}Review translations${F}content/cases/en/lab28-la-loupe.mdx\u001dcontent/pages/en/about.mdx\n\n` +
      log;
    const dates = parseGitLog(reviewed, new Set(), 'content/');
    expect(dates.get('cases/en/lab28-la-loupe.mdx')?.toISOString()).toBe(
      '2026-04-01T09:00:00.000Z',
    );
    expect(dates.get('pages/en/about.mdx')?.toISOString()).toBe('2026-04-01T09:00:00.000Z');
    expect(dates.get('cases/fr/lab28-la-loupe.mdx')?.toISOString()).toBe(
      '2026-03-02T08:00:00.000Z',
    );
  });

  test('gives an empty map for no history instead of failing', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('fatal: not a git repository').size).toBe(0);
  });
});

describe('translationStatus', () => {
  const day = (iso: string) => new Date(iso);

  test('marks a translation older than its source as outdated', () => {
    const status = translationStatus({
      locales: ['fr', 'en'],
      original: 'fr',
      updated: (locale) => day(locale === 'fr' ? '2026-02-01' : '2026-01-01'),
    });
    expect(status.fr.state).toBe('source');
    expect(status.en).toEqual({ state: 'outdated', updated: day('2026-01-01') });
  });

  test('marks a translation changed with or after its source as current', () => {
    const status = translationStatus({
      locales: ['fr', 'en'],
      original: 'fr',
      updated: () => day('2026-02-01'),
    });
    expect(status.en.state).toBe('current');
  });

  test('says unknown when a date is missing, and missing when a language is', () => {
    expect(
      translationStatus({
        locales: ['fr', 'en'],
        original: 'en',
        updated: (locale) => (locale === 'en' ? day('2026-01-01') : undefined),
      }).fr.state,
    ).toBe('unknown');
    const single = translationStatus({ locales: ['en'], original: 'fr', updated: () => undefined });
    expect(single).toEqual({ fr: { state: 'missing' }, en: { state: 'source' } });
  });
});

describe('repository links', async () => {
  const { editUrl, fileUrl, newFileUrl, proposeCaseUrl } =
    await import('../../../src/utils/repository.ts');
  const repository = { url: 'https://github.com/continuites/continuites', branch: 'main' };

  test('point to the file to edit, the file to create, the guide and the proposal form', () => {
    expect(editUrl('content/cases/fr/lab28-la-loupe.mdx', repository)).toBe(
      'https://github.com/continuites/continuites/edit/main/content/cases/fr/lab28-la-loupe.mdx',
    );
    expect(newFileUrl('content/cases/en', 'lab28-la-loupe.mdx', repository)).toBe(
      'https://github.com/continuites/continuites/new/main/content/cases/en?filename=lab28-la-loupe.mdx',
    );
    expect(fileUrl('CONTRIBUTING.fr.md', repository)).toBe(
      'https://github.com/continuites/continuites/blob/main/CONTRIBUTING.fr.md',
    );
    expect(proposeCaseUrl(repository)).toBe(
      'https://github.com/continuites/continuites/issues/new?template=propose-case.yml',
    );
  });
});

describe('readGitDates', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { readGitDates } = await import('../../../src/data/git-dates.ts');

  /** A repository with two commits on two dates, and a shallow clone of it. */
  function repositories() {
    const origin = mkdtempSync(join(tmpdir(), 'git-dates-'));
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], {
        cwd,
        stdio: 'pipe',
      });
    mkdirSync(join(origin, 'content/cases/fr'), { recursive: true });
    writeFileSync(join(origin, 'content/cases/fr/a.mdx'), 'a');
    writeFileSync(join(origin, 'content/cases/fr/b.mdx'), 'b');
    git(origin, 'init', '-q');
    git(origin, 'add', '.');
    execFileSync(
      'git',
      ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qm', 'one'],
      {
        cwd: origin,
        env: { ...process.env, GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
      },
    );
    writeFileSync(join(origin, 'content/cases/fr/b.mdx'), 'b2');
    execFileSync(
      'git',
      ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qam', 'two'],
      {
        cwd: origin,
        env: { ...process.env, GIT_COMMITTER_DATE: '2026-02-01T00:00:00Z' },
      },
    );
    const shallow = mkdtempSync(join(tmpdir(), 'git-dates-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, shallow], {
      stdio: 'pipe',
    });
    return { origin, shallow };
  }

  test('reads each file’s date from the history, keyed inside the content folder', () => {
    const { origin } = repositories();
    const dates = readGitDates(join(origin, 'content'));
    expect(dates.get('cases/fr/a.mdx')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(dates.get('cases/fr/b.mdx')?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  test('knows no date in a shallow clone, and does not fail without a repository', () => {
    const { shallow } = repositories();
    expect(readGitDates(join(shallow, 'content')).size).toBe(0);
    expect(readGitDates(mkdtempSync(join(tmpdir(), 'no-git-'))).size).toBe(0);
  });
});
