import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { symbolicLinks } from '../../../src/integrations/content-guard.ts';

const work = mkdtempSync(join(tmpdir(), 'continuites-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const shown = (path: string) => relative(process.cwd(), path);

describe('symbolic links in the content folder', () => {
  test('are found at any depth, for files and folders, and not followed', () => {
    const content = join(work, 'content');
    mkdirSync(join(content, 'cases/fr'), { recursive: true });
    mkdirSync(join(work, 'outside/en'), { recursive: true });
    writeFileSync(join(content, 'cases/fr/a.mdx'), 'texte');
    writeFileSync(join(work, 'outside/en/b.mdx'), '{payload}');
    symlinkSync(join(work, 'outside/en'), join(content, 'cases/en'));
    symlinkSync('/etc/os-release', join(content, 'cases/fr/image.png'));
    expect(symbolicLinks(content).sort()).toEqual([
      shown(join(content, 'cases/en')),
      shown(join(content, 'cases/fr/image.png')),
    ]);
  });

  test('include the content folder itself', () => {
    symlinkSync(join(work, 'outside'), join(work, 'linked-content'));
    expect(symbolicLinks(join(work, 'linked-content'))).toEqual([
      shown(join(work, 'linked-content')),
    ]);
  });

  test('are none in the site’s content', () => {
    expect(symbolicLinks('content')).toEqual([]);
  });
});
