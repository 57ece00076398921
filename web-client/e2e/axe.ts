import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA: the level the platform promises (GB/T 37668 follows WCAG 2.0 AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Findings that are wrong about what a user meets, each as narrow as one rule on one kind of element.
 * Nothing else is excluded, and no rule is turned off.
 */
const FALSE_POSITIVES: { rule: string; selector: string; why: string }[] = [
  {
    rule: 'scrollable-region-focusable',
    selector: '.ant-select-dropdown .rc-virtual-list-holder',
    why:
      'An open Select list scrolls, but by the ARIA combobox pattern focus stays in the combobox input and ' +
      'the arrow keys move the active option (aria-activedescendant), scrolling it into view. Making the ' +
      'list itself focusable, as the rule asks, would break that pattern.',
  },
];

interface Finding {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

function describe(findings: Finding[]): string {
  return findings
    .map((f) =>
      [
        `  [${f.impact}] ${f.id}: ${f.help} (${f.helpUrl})`,
        ...f.nodes.map((n) => `      ${n.target}\n        ${n.summary.replace(/\n\s*/g, ' | ')}`),
      ].join('\n'),
    )
    .join('\n');
}

/**
 * Runs axe on what the page shows now (open dialogs, dropdowns and error messages included) and fails
 * on any serious or critical WCAG 2.1 AA finding, naming the rule, the elements and what is wrong.
 * Minor and moderate findings are attached to the report but do not fail the test.
 */
export async function expectAccessible(page: Page, state: string) {
  // Let antd's open and close animations settle: mid-fade, text is lighter than it ends up.
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // Spinners and skeletons loop for ever: wait only for animations that end.
    const ending = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
  });

  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const findings: Finding[] = [];
  for (const v of results.violations) {
    const nodes: Finding['nodes'] = [];
    for (const n of v.nodes) {
      const target = n.target.join(' ');
      const known = FALSE_POSITIVES.filter((f) => f.rule === v.id).map((f) => f.selector);
      const excused =
        known.length > 0 &&
        (await page.evaluate(([t, sels]) => sels.some((sel) => document.querySelector(t)?.matches(sel) ?? false), [target, known] as const));
      if (!excused) nodes.push({ target, summary: n.failureSummary ?? '' });
    }
    if (nodes.length > 0) findings.push({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, helpUrl: v.helpUrl, nodes });
  }
  const blocking = findings.filter((f) => BLOCKING.has(f.impact));
  const other = findings.filter((f) => !BLOCKING.has(f.impact));

  const info = test.info();
  if (other.length > 0) {
    await info.attach(`axe minor/moderate: ${state}`, { body: describe(other), contentType: 'text/plain' });
  }
  // Soft: one run lists every state's problems instead of stopping at the first page.
  expect
    .soft(blocking.length, `axe found serious or critical WCAG 2.1 AA problems on ${state} (${page.url()}):\n${describe(blocking)}\n`)
    .toBe(0);
}
