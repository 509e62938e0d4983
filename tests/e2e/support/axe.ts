import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** The rules of WCAG 2.1 levels A and AA, the level RGAA 4.1 maps to (axe's best-practice rules are not conformity criteria). */
export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const contextsWithAxe = new WeakSet<BrowserContext>();

/**
 * Make axe-core available in every page of a context (once, however many tests ask: contexts are
 * shared, see useBrowser). An init script is evaluated by the browser itself, before the page's own
 * scripts, so the site's CSP (which rightly refuses injected inline scripts) stays on while axe
 * runs: the page is checked as readers get it.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  if (contextsWithAxe.has(context)) return;
  contextsWithAxe.add(context);
  await context.addInitScript({ content: axeSource });
}

interface AxeOptions {
  /** Run these rules only (for example `['color-contrast']`); the WCAG 2.1 A/AA rules otherwise. */
  rules?: string[];
}

/**
 * Run axe on the page as it is now, and describe each violation in one line a reader can act on:
 * the rule, how many elements, and the first elements with axe's summary of what is wrong.
 */
export async function axeViolations(page: Page, { rules }: AxeOptions = {}): Promise<string[]> {
  return page.evaluate(
    async (runOnly) => {
      interface AxeNode {
        target: string[];
        failureSummary?: string;
      }
      interface AxeResults {
        violations: { id: string; help: string; nodes: AxeNode[] }[];
      }
      const axe = (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<AxeResults> };
        }
      ).axe;
      // Only violations, without their HTML: what the report needs, at a fraction of the cost.
      const { violations } = await axe.run(document, {
        runOnly,
        resultTypes: ['violations'],
        noHtml: true,
      });
      return violations.map(({ id, help, nodes }) => {
        const where = nodes
          .slice(0, 3)
          .map(
            (node) =>
              `${node.target.join(' ')} (${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()})`,
          )
          .join('; ');
        return `${id}: ${help}, ${nodes.length} element(s): ${where}`;
      });
    },
    rules
      ? ({ type: 'rule', values: rules } as const)
      : ({ type: 'tag', values: wcag21aa } as const),
  );
}
