/**
 * Where a command's CPU goes, by kind of process: `node scripts/bench/cpu-by-process.ts -- npm test`.
 * Every process of the command's tree is sampled every half second (its own user + system time from
 * /proc/<pid>/stat) and the last value seen of each is added up under its kind (Chromium's renderers,
 * its browser process, vitest, Astro, Pagefind…). A process's last half second before it ends is not
 * seen: the figures are a slight undercount, right in their proportions. Linux only.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { procStats, treeOf } from './run.ts';

const clockTicks = 100;

/** The kind of a process, from its command line (arguments separated by spaces). */
export function processKind(commandLine: string): string {
  if (/chrom(e|ium)/.test(commandLine)) {
    const type = /--type=([\w-]+)/.exec(commandLine)?.[1];
    return type ? `chromium ${type}` : 'chromium browser';
  }
  if (/pagefind/.test(commandLine)) return 'pagefind';
  if (/astro(\.mjs)? (build|check|sync)/.test(commandLine)) return 'astro';
  if (/vitest/.test(commandLine)) return 'vitest';
  const [program = '', script = ''] = commandLine.split(' ');
  return `${program.split('/').pop()} ${script.split('/').pop()}`.trim();
}

/** Seconds of CPU by kind, from the last sample of each process (pid → kind and ticks), largest first. */
export function cpuByKind(seen: ReadonlyMap<number, { kind: string; ticks: number }>) {
  const totals = new Map<string, number>();
  for (const { kind, ticks } of seen.values())
    totals.set(kind, (totals.get(kind) ?? 0) + ticks / clockTicks);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function sample(rootPid: number, seen: Map<number, { kind: string; ticks: number }>): void {
  const stats = procStats() ?? [];
  for (const stat of treeOf(stats, rootPid)) {
    let kind = seen.get(stat.pid)?.kind;
    if (!kind) {
      try {
        kind = processKind(readFileSync(`/proc/${stat.pid}/cmdline`, 'utf8').replace(/\0/g, ' '));
      } catch {
        continue;
      }
    }
    seen.set(stat.pid, { kind, ticks: stat.utime + stat.stime });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const command = process.argv.slice(process.argv.indexOf('--') + 1);
  if (process.argv.indexOf('--') < 0 || command.length === 0) {
    console.error('usage: node scripts/bench/cpu-by-process.ts -- <command> [arguments]');
    process.exit(2);
  }
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit' });
  const seen = new Map<number, { kind: string; ticks: number }>();
  const timer = setInterval(() => child.pid && sample(child.pid, seen), 500);
  child.on('close', (code) => {
    clearInterval(timer);
    const rows = cpuByKind(seen);
    const total = rows.reduce((sum, [, seconds]) => sum + seconds, 0);
    const wall = (performance.now() - started) / 1000;
    console.log(
      `\nwall ${wall.toFixed(0)} s, CPU ${total.toFixed(0)} s (${(total / wall).toFixed(2)} cores on average)`,
    );
    for (const [kind, seconds] of rows.slice(0, 15))
      console.log(`${seconds.toFixed(1).padStart(8)} s  ${kind}`);
    process.exit(code ?? 1);
  });
}
