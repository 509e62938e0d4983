/**
 * Run a build in a child process and measure it: wall time, CPU time of the whole process tree, the
 * peak memory of that tree (Astro's Node process and the Pagefind binary it starts run at the same
 * time, so their resident memory is summed), the machine's load, and the stage timings Astro prints.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** What a measured command did. */
export interface Run {
  /** Wall time, in milliseconds. */
  ms: number;
  /** CPU time (user + system) of the command and every descendant it waited for, in milliseconds (undefined without /proc). */
  cpuMs: number | undefined;
  /** Peak resident memory of the process and its descendants, in bytes (sampled every 100 ms; undefined without /proc). */
  peakRss: number | undefined;
  /** The machine's one-minute load average when the command started and when it ended. */
  load: { before: number; after: number };
  output: string;
}

const pageSize = 4096;
/** Clock ticks per second of the times in /proc/<pid>/stat (USER_HZ: 100 on every Linux the bench runs on). */
const clockTicks = 100;

/** The fields of one /proc/<pid>/stat line the bench reads. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** Resident set size, in pages. */
  rssPages: number;
  /** CPU time of the process itself, user and system, in clock ticks. */
  utime: number;
  stime: number;
  /** CPU time of the children it has waited for (and theirs), user and system, in clock ticks. */
  cutime: number;
  cstime: number;
}

/**
 * Read a /proc/<pid>/stat line. The command name (second field) is in parentheses and may hold
 * spaces and parentheses, so the fields are counted from the last `)`.
 * @example parseProcStat('42 (node a) S 1 42 42 0 -1 4194560 9 0 0 0 150 30 7 3 20 0 11 0 99 1000 2500 …').rssPages // 2500
 */
export function parseProcStat(line: string): ProcStat {
  const pid = Number(line.slice(0, line.indexOf(' ')));
  // After ") ": state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17) … rss(24), numbered as in proc(5).
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const field = (number: number) => Number(fields[number - 3]);
  return {
    pid,
    ppid: field(4),
    utime: field(14),
    stime: field(15),
    cutime: field(16),
    cstime: field(17),
    rssPages: field(24),
  };
}

/** The processes of the tree under `rootPid` (itself included) among the stat lines of every process. */
export function treeOf(stats: readonly ProcStat[], rootPid: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: ProcStat[] = [];
  const seen = new Set<number>();
  const queue = stats.filter((stat) => stat.pid === rootPid);
  while (queue.length) {
    const stat = queue.pop()!;
    if (seen.has(stat.pid)) continue;
    seen.add(stat.pid);
    tree.push(stat);
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return tree;
}

/**
 * Resident memory of a process and all its descendants, in bytes, from the stat lines of every process.
 * @example treeTotal([{ pid: 1, ppid: 0, rssPages: 1, … }, { pid: 2, ppid: 1, rssPages: 2, … }], 1) // 12288
 */
export function treeTotal(stats: readonly ProcStat[], rootPid: number): number {
  return treeOf(stats, rootPid).reduce((total, stat) => total + stat.rssPages * pageSize, 0);
}

/** The stat line of every process running, from /proc (Linux); undefined elsewhere. */
export function procStats(): ProcStat[] | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      stats.push(parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8')));
    } catch {
      continue; // the process ended meanwhile
    }
  }
  return stats;
}

/** Resident memory of a process and all its descendants, from /proc (Linux), in bytes. */
export function treeRss(rootPid: number): number | undefined {
  const stats = procStats();
  return stats && treeTotal(stats, rootPid);
}

/**
 * CPU time, in milliseconds, of every child this process has waited for so far (and of their own
 * waited-for children): the difference before and after a command is the CPU time of its whole tree.
 */
export function childrenCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stat = parseProcStat(readFileSync('/proc/self/stat', 'utf8'));
  return ((stat.cutime + stat.cstime) * 1000) / clockTicks;
}

/** Run a command to the end, sampling its memory; rejects with the end of its output when it fails. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log?: string },
): Promise<Run> {
  return new Promise((done, fail) => {
    const loadBefore = loadavg()[0]!;
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let peakRss: number | undefined;
    const sample = () => {
      const now = child.pid === undefined ? undefined : treeRss(child.pid);
      if (now !== undefined) peakRss = Math.max(peakRss ?? 0, now);
    };
    const sampler = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(sampler);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const ms = performance.now() - started;
      const cpuAfter = childrenCpuMs();
      const cpuMs =
        cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      const output = Buffer.concat(chunks).toString('utf8');
      if (options.log) writeFileSync(options.log, output);
      if (code !== 0) {
        fail(
          new Error(
            `${command} ${args.join(' ')} exited with ${code}:\n${withoutColours(output).split('\n').slice(-30).join('\n')}`,
          ),
        );
      } else {
        done({
          ms,
          cpuMs,
          peakRss,
          load: { before: loadBefore, after: loadavg()[0]! },
          output,
        });
      }
    });
  });
}

/** Text without terminal colour codes. */
export function withoutColours(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** The stages of an Astro build, read from its output, in milliseconds. */
export interface AstroStages {
  /** Content sync and type generation. */
  sync?: number;
  /** Rendering every page ("generating static routes"). */
  render?: number;
  /** The search index (the site's src/integrations/search-index.ts, the floor's, Starlight's). */
  index?: number;
  /** What Astro reports for the whole build. */
  total?: number;
  /** Pages rendered, as Astro counts them (HTML pages and endpoints). */
  pages?: number;
  /** Each rendered route and its time, as Astro lists them. */
  routes: { path: string; ms: number }[];
}

// Astro prints durations as "420ms", "4.42s" or "1m 7s".
const duration = String.raw`(?:(\d+)m(?!s) ?)?(?:([\d.]+)(ms|s))?`;
const toMs = (minutes: string | undefined, value: string | undefined, unit: string | undefined) =>
  Number(minutes ?? 0) * 60_000 +
  (value === undefined ? 0 : Number(value) * (unit === 's' ? 1000 : 1));

/**
 * Read the stage timings Astro and the search integration print.
 * @example astroStages('[types] Generated 1.23s\n generating static routes \n12:00 ✓ Completed in 4.42s.\n[build] 288 page(s) built in 1m 9s').render // 4420
 */
export function astroStages(output: string): AstroStages {
  const text = withoutColours(output);
  const stages: AstroStages = { routes: [] };
  const sync = new RegExp(`\\[types\\] Generated ${duration}`).exec(text);
  if (sync) stages.sync = toMs(sync[1], sync[2], sync[3]);
  const render = new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${duration}`).exec(
    text,
  );
  if (render) stages.render = toMs(render[1], render[2], render[3]);
  // The site's and the floor's integrations print "Indexed … in N ms"; Starlight "Finished building search index in 4.2s".
  const index = /Indexed .* in (\d+) ms/.exec(text);
  if (index) stages.index = Number(index[1]);
  const starlightIndex = new RegExp(`Finished building search index in ${duration}\\.?$`, 'm').exec(
    text,
  );
  if (starlightIndex) stages.index = toMs(starlightIndex[1], starlightIndex[2], starlightIndex[3]);
  const total = new RegExp(`(\\d+) page\\(s\\) built in ${duration}`).exec(text);
  if (total) {
    stages.pages = Number(total[1]);
    stages.total = toMs(total[2], total[3], total[4]);
  }
  for (const match of text.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g))
    stages.routes.push({ path: match[1]!, ms: Number(match[2]) });
  return stages;
}
