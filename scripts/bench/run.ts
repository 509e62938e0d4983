/**
 * Run a build in a child process and measure it: wall time, the peak memory of its whole process
 * tree (Astro's Node process and the Pagefind binary it starts run at the same time, so their
 * resident memory is summed), and the stage timings Astro prints.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** What a measured command did. */
export interface Run {
  ms: number;
  /** Peak resident memory of the process and its descendants, in bytes (sampled every 100 ms; undefined without /proc). */
  peakRss: number | undefined;
  output: string;
}

const pageSize = 4096;

/** Resident memory of a process and all its descendants, from /proc (Linux), in bytes. */
export function treeRss(rootPid: number): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    // Fields after the command name (which may hold spaces): state ppid … rss is the 24th field of the line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
    rss.set(pid, Number(fields[21]) * pageSize);
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run a command to the end, sampling its memory; rejects with the end of its output when it fails. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log?: string },
): Promise<Run> {
  return new Promise((done, fail) => {
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
      const output = Buffer.concat(chunks).toString('utf8');
      if (options.log) writeFileSync(options.log, output);
      if (code !== 0) {
        fail(
          new Error(
            `${command} ${args.join(' ')} exited with ${code}:\n${withoutColours(output).split('\n').slice(-30).join('\n')}`,
          ),
        );
      } else {
        done({ ms, peakRss, output });
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
  /** The site's search index (src/integrations/search-index.ts). */
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
  const index = /Indexed .* in (\d+) ms/.exec(text);
  if (index) stages.index = Number(index[1]);
  const total = new RegExp(`(\\d+) page\\(s\\) built in ${duration}`).exec(text);
  if (total) {
    stages.pages = Number(total[1]);
    stages.total = toMs(total[2], total[3], total[4]);
  }
  for (const match of text.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g))
    stages.routes.push({ path: match[1]!, ms: Number(match[2]) });
  return stages;
}
