import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The browser test files that take longest, longest first (see docs/performance.md, "The test
 * suite"). They start first, so that the last files to start are short ones and no worker is left
 * alone at the end; every other file follows, larger files first.
 */
const slowest = [
  'a11y',
  'search',
  'print',
  'privacy-csp',
  'catalogue',
  'content',
  'content-pages',
  'map',
].map((name) => `tests/e2e/${name}.spec.ts`);

/** Runs the slowest browser files first, then the others, browser files before unit files. */
class SlowestFirst extends BaseSequencer {
  // BaseSequencer sorts by the results of the last run, failed files first: a run that was cut short
  // or filtered would reorder the next one, and CI has no last run. This order is the same every time.
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = slowest.findIndex((path) => spec.moduleId.endsWith(path));
      return index >= 0 ? index : slowest.length + (spec.project.name === 'e2e' ? 0 : 1);
    };
    const size = new Map(files.map((spec) => [spec, statSync(spec.moduleId).size]));
    return [...files].sort((a, b) => rank(a) - rank(b) || size.get(b)! - size.get(a)!);
  }
}

// Two cores: the browser test workers spend most of their time waiting for Chromium, so three
// workers keep both cores busy. Both projects take the same number, so that they share one pool
// and the unit files fill in beside the last browser files instead of running one by one after
// them (vitest runs a project with a single worker on its own, at the end).
const maxWorkers = 3;

export default defineConfig({
  test: {
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some unit tests read the INSEE data or git history, or start Node: seconds on a busy
          // 2-core machine, where vitest's default of 5 s fails them for no fault of the code.
          testTimeout: 20_000,
          maxWorkers,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // A test that walks many pages takes tens of seconds when three browser workers share two
          // cores; the limit is there to catch a test that hangs, not to time a busy machine.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers,
        },
      },
    ],
  },
});
