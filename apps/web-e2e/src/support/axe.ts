import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, the standard public-sector sites in California are held to, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

function describe(violations: Result[]): string {
  return violations
    .map(
      (violation) =>
        `- [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes
          .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`)
          .join('\n'),
    )
    .join('\n');
}

/**
 * Moderate findings that fail too, once fixed everywhere: two landmarks of one role and name (a
 * screen reader's list of landmarks cannot tell them apart), and a page without an h1 (the first
 * heading a screen reader user jumps to, missing on pages that could not show their record).
 */
const ENFORCED_MODERATE = new Set(['landmark-unique', 'page-has-heading-one']);

/**
 * Runs axe-core inside the page and fails with the list of serious and critical violations, and
 * the moderate ones named above (rule, help, and each offending element), so the failure message
 * alone says what to fix.
 */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  await page.addScriptTag({ content: axeSource });
  const results = (await page.evaluate(
    (tags) =>
      (
        window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  )) as AxeResults;
  const failing = results.violations.filter(
    (violation) =>
      violation.impact === 'serious' ||
      violation.impact === 'critical' ||
      (violation.impact === 'moderate' && ENFORCED_MODERATE.has(violation.id)),
  );
  if (failing.length > 0) throw new Error(`axe found violations on ${where}:\n${describe(failing)}`);
}
