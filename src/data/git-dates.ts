import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

const recordSeparator = '\u001e';
const fieldSeparator = '\u001f';

/** A commit whose subject carries this marker changes no meaning (a typo, spacing): it dates nothing. */
export const minorMarker = '[minor]';

/** A commit trailer listing files (paths from the repository root) whose translation was checked against its source. */
export const reviewedTrailer = 'Translation-reviewed';

/** The `git log` arguments whose output `parseGitLog` reads: one record per commit, then the files it touched. */
export const gitLogArguments = [
  '-c',
  'core.quotePath=false',
  'log',
  `--format=${recordSeparator}%H${fieldSeparator}%cI${fieldSeparator}%s${fieldSeparator}%(trailers:key=${reviewedTrailer},valueonly,separator=%x1d)`,
  '--name-only',
  '--no-renames',
  // No pathspec: a commit that only carries a Translation-reviewed trailer touches no file, and
  // `-- .` would hide it; --relative keeps the file names to those of the folder.
  '--relative',
];

/**
 * The date each file was last changed, from the output of `git log` run with `gitLogArguments`.
 * Commits marked `[minor]` are skipped, so fixing a typo in a source does not mark its translation
 * as outdated; a `Translation-reviewed: content/cases/en/x.mdx` trailer dates a translation that was
 * checked and needed no change (`prefix` is the folder's path from the repository root, `content/`).
 * Files whose latest change is a commit at the edge of a shallow clone are left out: that commit
 * seems to add every file, so its date says nothing about them.
 * @example parseGitLog('\u001eabc\u001f2026-03-01T10:00:00+01:00\n\ncases/fr/x.mdx\n') // Map { 'cases/fr/x.mdx' => 2026-03-01T09:00:00.000Z }
 */
export function parseGitLog(
  output: string,
  shallowEdges: ReadonlySet<string> = new Set(),
  prefix = '',
): Map<string, Date> {
  const latest = new Map<string, { date: Date; commit: string }>();
  for (const record of output.split(recordSeparator)) {
    const [header, ...changed] = record.split('\n');
    const [commit, isoDate, subject = '', reviewed = ''] = header?.split(fieldSeparator) ?? [];
    if (!commit || !isoDate || subject.includes(minorMarker)) continue;
    const date = new Date(isoDate);
    if (Number.isNaN(date.getTime())) continue;
    const reviewedFiles = reviewed
      .split(/[\u001d,]/)
      .map((path) => path.trim())
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length));
    for (const file of [...changed, ...reviewedFiles]) {
      const path = file.trim();
      if (!path) continue;
      const known = latest.get(path);
      if (!known || known.date < date) latest.set(path, { date, commit });
    }
  }
  const dates = new Map<string, Date>();
  for (const [path, { date, commit }] of latest)
    if (!shallowEdges.has(commit)) dates.set(path, date);
  return dates;
}

const cache = new Map<string, Map<string, Date>>();

/**
 * When each file of a folder was last changed, keyed by its path relative to the folder
 * (`cases/fr/x.mdx`): one `git log` for the whole folder, run once per process. Never throws: without
 * git or history (an export, a shallow clone), files are simply missing and pages say "date unknown".
 */
export function readGitDates(folder: string): Map<string, Date> {
  const cached = cache.get(folder);
  if (cached) return cached;
  let dates = new Map<string, Date>();
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', folder, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      });
    const edges = new Set<string>();
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') {
      const shallowFile = git('rev-parse', '--git-path', 'shallow').trim();
      const text = readFileSync(
        isAbsolute(shallowFile) ? shallowFile : join(folder, shallowFile),
        'utf8',
      );
      for (const line of text.split('\n')) if (line.trim()) edges.add(line.trim());
    }
    dates = parseGitLog(git(...gitLogArguments), edges, git('rev-parse', '--show-prefix').trim());
  } catch {
    // No git, not a repository, or no history: every date is unknown.
  }
  cache.set(folder, dates);
  return dates;
}
