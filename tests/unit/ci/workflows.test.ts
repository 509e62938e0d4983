import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

// The GitHub workflows work as written: each file of .github/workflows/ is a valid workflow (checked
// against GitHub's schema by action-validator), and CI runs the commands that .ci/run runs, in the
// same order, so that neither can change without the other.

const folder = '.github/workflows';
const workflows = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

/** The validator's errors, innermost first, as "path: detail" lines. */
function describeErrors(errors: readonly ValidationError[], depth = 0): string[] {
  return errors.flatMap((error) => {
    const nested =
      'states' in error && error.states
        ? error.states.flatMap((state) => describeErrors(state.errors, depth + 1))
        : [];
    const where =
      'path' in error
        ? error.path
        : 'location' in error && error.location
          ? `line ${error.location.line}`
          : '';
    return [
      `${'  '.repeat(depth)}${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`,
      ...nested,
    ];
  });
}

interface Step {
  name?: string;
  run?: string;
}

/** The commands of the `npm` steps of a workflow, in order. */
function npmSteps(file: string): string[] {
  const workflow = parse(readFileSync(join(folder, file), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  return Object.values(workflow.jobs).flatMap((job) =>
    job.steps
      .flatMap((step) => (step.run ?? '').split('\n').filter((line) => /^npm /.test(line.trim())))
      .map((line) => line.trim()),
  );
}

/** The `npm` commands of .ci/run, in order. */
const ciRunNpmCommands = (): string[] =>
  readFileSync('.ci/run', 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^npm /.test(line));

describe('the GitHub workflows', () => {
  test('there is at least the CI workflow', () => {
    expect(workflows).toContain('ci.yml');
  });

  test.each(workflows)('%s is a valid workflow', (file) => {
    const { errors } = validateWorkflow(readFileSync(join(folder, file), 'utf8'));
    expect(describeErrors(errors).join('\n'), file).toBe('');
  });

  test('CI installs from the lockfile, checks the content first, type-checks, checks the formatting, then builds and tests, as .ci/run does', () => {
    const commands = npmSteps('ci.yml');
    expect(commands.map((command) => command.split(' ').slice(0, 3).join(' '))).toEqual([
      'npm ci --no-audit',
      'npm run check:content',
      'npm run check',
      'npm run format:check',
      'npm test',
    ]);
    expect(ciRunNpmCommands()).toEqual(commands);
  });

  test('both install Debian’s Chromium, .ci/run only when it is missing', () => {
    const ci = readFileSync(join(folder, 'ci.yml'), 'utf8');
    const run = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/apt-get install -y -qq chromium/);
    expect(run).toMatch(
      /if \[ ! -x \/usr\/bin\/chromium \]; then[\s\S]*apt-get install -y -qq chromium[\s\S]*fi/,
    );
  });

  test('the validator reports a broken workflow, with where it breaks', () => {
    const broken = readFileSync(join(folder, 'ci.yml'), 'utf8').replace('runs-on:', 'runs-onn:');
    expect(describeErrors(validateWorkflow(broken).errors).join('\n')).toContain(
      "Additional property 'runs-onn' is not allowed",
    );
  });

  test('code from a pull request runs with a read-only token and no secrets', () => {
    for (const file of workflows) {
      const text = readFileSync(join(folder, file), 'utf8');
      const workflow = parse(text) as { on: Record<string, unknown>; permissions?: unknown };
      // pull_request_target runs with the base repository's token and secrets on the pull request's code.
      expect(Object.keys(workflow.on), file).not.toContain('pull_request_target');
      if (!('pull_request' in workflow.on)) continue;
      expect(workflow.permissions, file).toEqual({ contents: 'read' });
      expect(text, file).not.toMatch(/secrets\./);
    }
  });
});
