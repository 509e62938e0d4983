import type { Locale } from '../../src/i18n/config.ts';
import { say } from '../../src/i18n/contributor/index.ts';

/** How bad a problem is: errors stop the build, warnings are shown and let it go on. */
export type Severity = 'error' | 'warning';

/** One thing wrong with the content, located as precisely as the checker can. */
export interface Problem {
  /** The file, relative to the folder the checker runs from (for example `content/cases/fr/x.mdx`). */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number | undefined;
  /** The frontmatter field or the Markdown element concerned (for example `continuity`, `image`). */
  field?: string | undefined;
  /** What is wrong and what is allowed, for someone who is not a developer, in English. */
  message: string;
  /** The same in French, when the message has a translation (src/i18n/contributor/). */
  fr?: string | undefined;
  severity: Severity;
  /** Set for content that would run code or load another site: checked even by `--only-unsafe`. */
  unsafe?: boolean;
}

// Line breaks, control, directional and zero-width characters: shown escaped, so that a value
// printed by the check can neither start a line of its own (a fake "::error" annotation on GitHub)
// nor reorder what the reader sees.
// eslint-disable-next-line no-control-regex
const unprintable =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * A text with every line break, control, directional or zero-width character written as an escape
 * (`\n`, `\u202E`), as in JSON: what the check prints stays on one line and reads as it is.
 * @example printable('x\n::error::Fake') // 'x\\n::error::Fake'
 */
export function printable(text: string): string {
  return text.replace(unprintable, (character) => {
    const escaped = JSON.stringify(character).slice(1, -1);
    return escaped.length > 1 && escaped !== character
      ? escaped.replace(/^\\u(.{4})$/, (_, hex: string) => `\\u${hex.toUpperCase()}`)
      : `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/**
 * The line a contributor reads: `file:line: field: message`, every value in it made `printable`.
 * @example formatProblem({ file: 'content/cases/fr/x.mdx', line: 4, field: 'continuity', message: '"parcour" is not one of parcours | journee | territoire', severity: 'error' })
 *   // 'content/cases/fr/x.mdx:4: continuity: "parcour" is not one of parcours | journee | territoire'
 */
export function formatProblem(problem: Problem, locale: Locale = 'en'): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const prefix = problem.severity === 'warning' ? `${say(locale, 'summary.warningPrefix')}: ` : '';
  return printable(
    `${where}: ${prefix}${problem.field ? `${problem.field}: ` : ''}${messageIn(problem, locale)}`,
  );
}

/** A problem's message in one language (English when it has no French yet). */
export function messageIn(problem: Problem, locale: Locale): string {
  return locale === 'fr' ? (problem.fr ?? problem.message) : problem.message;
}

/** Problems in reading order: by file, then line (problems without a line first), then message. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/**
 * The closing line of a run.
 * @example summarize([], 23, 180) // '✔ 23 content files checked in 0.18 s: no problem.'
 */
export function summarize(
  problems: readonly Problem[],
  fileCount: number,
  milliseconds: number,
  locale: Locale = 'en',
): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const time = `${(milliseconds / 1000).toFixed(2)} s`;
  if (problems.length === 0) return say(locale, 'summary.none', { files: fileCount, time });
  const counts = [
    ...(errors ? [say(locale, 'summary.error', { count: errors })] : []),
    ...(warnings ? [say(locale, 'summary.warning', { count: warnings })] : []),
  ].join(say(locale, 'summary.and'));
  return say(locale, 'summary.some', {
    mark: errors ? '✖' : '⚠',
    counts,
    problemFiles: say(locale, 'summary.file', { count: files }),
    files: fileCount,
    time,
    verdict: say(locale, errors ? 'summary.fix' : 'summary.canBuild'),
  });
}

/**
 * A text escaped as GitHub's workflow commands require in a message (`%`, CR, LF) or, with
 * `property`, in a property's value (`:` and `,` too), after `printable`.
 * @example escapeWorkflowCommand('a,b: 100%', { property: true }) // 'a%2Cb%3A 100%25'
 */
export function escapeWorkflowCommand(text: string, options: { property?: boolean } = {}): string {
  const escaped = printable(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return options.property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/** A GitHub Actions annotation, so that the problem shows on the line of the pull request's diff. */
export function githubAnnotation(problem: Problem): string {
  const property = (text: string) => escapeWorkflowCommand(text, { property: true });
  const properties = [
    `file=${property(problem.file)}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    ...(problem.field ? [`title=${property(problem.field)}`] : []),
  ];
  // French first, then English, on two lines of the annotation (%0A), for a French-first project.
  const message =
    problem.fr && problem.fr !== problem.message
      ? `${escapeWorkflowCommand(problem.fr)}%0A${escapeWorkflowCommand(problem.message)}`
      : escapeWorkflowCommand(problem.message);
  return `::${problem.severity} ${properties.join(',')}::${message}`;
}

/** What a run prints, and how the command exits: 1 when an error is shown, 0 for warnings alone. */
export interface CheckReport {
  lines: string[];
  exitCode: 0 | 1;
}

/**
 * The lines of a run, as `npm run check:content` prints them: each problem, then (on GitHub Actions)
 * their annotations, then the summary. `onlyUnsafe` keeps the problems of content that would run code.
 */
export function checkReport(
  check: { problems: readonly Problem[]; fileCount: number },
  options: { onlyUnsafe?: boolean; annotations?: boolean; milliseconds: number; locale?: Locale },
): CheckReport {
  const shown = sortProblems(
    options.onlyUnsafe ? check.problems.filter((problem) => problem.unsafe) : check.problems,
  );
  return {
    lines: [
      ...shown.map((problem) => formatProblem(problem, options.locale)),
      ...(options.annotations ? shown.map(githubAnnotation) : []),
      summarize(shown, check.fileCount, options.milliseconds, options.locale),
    ],
    exitCode: shown.some((problem) => problem.severity === 'error') ? 1 : 0,
  };
}
