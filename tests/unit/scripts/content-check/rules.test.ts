import { describe, expect, test } from 'vitest';
import { FieldLocator, splitFrontmatter } from '../../../../scripts/content-check/frontmatter.ts';
import { isScriptUrl, rawTags } from '../../../../scripts/content-check/html.ts';
import { linkProblem } from '../../../../scripts/content-check/links.ts';
import { markdownProblems } from '../../../../scripts/content-check/markdown.ts';
import {
  formatProblem,
  githubAnnotation,
  sortProblems,
} from '../../../../scripts/content-check/problems.ts';

describe('the content check’s building blocks', () => {
  test('split the frontmatter the way Astro does and keep the body’s line numbers', () => {
    const split = splitFrontmatter('---\ntitle: X\nthemes: [a]\n---\n\n## Contexte\n');
    expect(split.raw).toBe('\ntitle: X\nthemes: [a]\n');
    expect(split.firstLine).toBe(1);
    expect(split.body.split('\n')[5]).toBe('## Contexte');
    expect(
      split.body
        .split('\n')
        .slice(0, 4)
        .every((line) => line.trim() === ''),
    ).toBe(true);
  });

  test('find the line of a field, of a list item and of a missing field’s parent', () => {
    const raw = '\ntitle: X\nactors:\n  - name: A\n    type: ecole\n  - name: B\n    type: x\n';
    const locator = new FieldLocator(raw, 1);
    expect(locator.line(['title'])).toBe(2);
    expect(locator.line(['actors', 1, 'type'])).toBe(7);
    expect(locator.line(['actors', 1, 'role'])).toBe(6);
  });

  test('recognise javascript: addresses however they are disguised', () => {
    expect(isScriptUrl('javascript:alert(1)')).toBe(true);
    expect(isScriptUrl(' JaVa\tScRiPt:alert(1)')).toBe(true);
    expect(isScriptUrl('data:text/html,<script>')).toBe(true);
    expect(isScriptUrl('https://example.org/javascript:')).toBe(false);
    expect(isScriptUrl('/fr/pratiques/')).toBe(false);
  });

  test('read the tags and attributes of raw HTML, skipping comments', () => {
    expect(rawTags('<!-- <script> -->\n<a href="/x" onclick=\'y()\'>z</a>')).toEqual([
      {
        name: 'a',
        attributes: [
          { name: 'href', value: '/x' },
          { name: 'onclick', value: 'y()' },
        ],
        lineOffset: 1,
      },
    ]);
  });

  test('resolve internal links against the site’s routes', () => {
    const site = {
      routes: new Set(['/fr/', '/fr/pratiques/', '/fr/pratiques/lab28-la-loupe/']),
      publicFile: (path: string) => path === '/favicon.svg',
    };
    expect(linkProblem('/fr/pratiques/lab28-la-loupe/#contexte', site)).toBeUndefined();
    expect(linkProblem('/favicon.svg', site)).toBeUndefined();
    expect(linkProblem('https://example.org/', site)).toBeUndefined();
    expect(linkProblem('/fr/pratiques/lab28/', site)?.message).toBe(
      '"/fr/pratiques/lab28/": no page of the site has this address (did you mean "/fr/pratiques/lab28-la-loupe/"?)',
    );
    expect(linkProblem('lab28-la-loupe/', site)?.message).toMatch(
      /write the site address in full, starting with \/fr\/ or \/en\//,
    );
    expect(linkProblem('file:///etc/passwd', site)?.message).toMatch(
      /"file:" addresses are not allowed/,
    );
  });

  test('format problems as file:line: field: message, sorted, and as GitHub annotations', () => {
    const problems = sortProblems([
      { file: 'b.mdx', line: 3, field: 'themes', message: 'm', severity: 'error' },
      { file: 'a.mdx', line: 9, message: 'n', severity: 'warning' },
      { file: 'b.mdx', line: 1, field: 'title', message: 'o', severity: 'error' },
    ]);
    expect(problems.map((problem) => formatProblem(problem))).toEqual([
      'a.mdx:9: warning: n',
      'b.mdx:1: title: o',
      'b.mdx:3: themes: m',
    ]);
    expect(githubAnnotation(problems[1]!)).toBe('::error file=b.mdx,line=1,title=title::o');
  });

  test('check headings the same way in plain prose (read once) and in text with links or code (read twice)', () => {
    const context = {
      file: 'cases/fr/x.mdx',
      absolutePath: '/nowhere/cases/fr/x.mdx',
      contentRoot: '/nowhere',
      format: 'mdx' as const,
      site: { routes: new Set(['/fr/']), publicFile: () => false },
      components: {},
    };
    const problems = (body: string) =>
      markdownProblems(body, context).map(
        (problem) => `${problem.line}: ${problem.message.split(':')[0]}`,
      );
    const prose = '# Titre\n\nTexte.\n\n## Contexte\n\n#### Détail\n\nTexte.\n\n## Vide\n';
    const expected = [
      '1: a level-1 heading (#)',
      '7: the heading jumps from ## to ####',
      '11: the section "Vide" is empty',
    ];
    expect(problems(prose)).toEqual(expected);
    expect(problems(prose.replace('Texte.', 'Voir [l’accueil](/fr/).'))).toEqual(expected);
    // What only the second reading sees is still found next to the headings.
    expect(problems(prose.replace('Texte.', 'Voir [ailleurs](/fr/nulle-part/).'))).toEqual([
      ...expected,
      '3: "/fr/nulle-part/"',
    ]);
    expect(problems(prose.replace('Texte.', '{1 + 1}'))).toContain(
      '3: {1 + 1} is JavaScript run when the site is built and is not allowed in content; to write a brace as text, put a backslash before it',
    );
  });
});
