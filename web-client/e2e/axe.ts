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
  // A step per state: the report shows what each state cost and which one failed.
  await test.step(`axe: ${state}`, () => check(page, state), { box: true });
}

async function check(page: Page, state: string) {
  // Let antd's open and close animations settle: mid-fade, text is lighter than it ends up. rc-motion
  // starts an animation a few frames after the element appears (classes *-appear, *-enter, *-leave
  // until it ends), so wait until two frames in a row show neither a motion class nor a running
  // animation. Spinners and skeletons loop for ever: only animations that end are waited for.
  await page.evaluate(async () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const motionClass = /-(appear|enter|leave)(-(prepare|start|active))?$/;
    const inMotion = () =>
      Array.from(document.querySelectorAll('[class*="-appear"], [class*="-enter"], [class*="-leave"]')).some((e) =>
        Array.from(e.classList).some((c) => motionClass.test(c)),
      );
    // A bound, not a pass: a motion that never ends is checked as it stands, as before.
    const deadline = Date.now() + 5_000;
    for (let quiet = 0; quiet < 2 && Date.now() < deadline; ) {
      await nextFrame();
      const ending = document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      if (ending.length > 0) {
        await Promise.race([
          Promise.all(ending.map((a) => a.finished.catch(() => undefined))),
          new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now()))),
        ]);
        quiet = 0;
      } else quiet = inMotion() ? 0 : quiet + 1;
    }
  });

  // With no frames, axe.run in the page itself ("legacy mode") checks exactly what the default does;
  // the default runs axe per frame and then again in a new blank tab to merge the frames' results,
  // which cost about half of each check. Pages with frames keep the default: it copes with a
  // frame axe cannot enter (a PDF viewer), where axe.run would wait a minute for it.
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (page.frames().length === 1) builder.setLegacyMode();
  const results = await builder.analyze();
  const findings: Finding[] = [];
  for (const v of results.violations) {
    const nodes: Finding['nodes'] = [];
    for (const n of v.nodes) {
      const target = n.target.join(' ');
      const known = FALSE_POSITIVES.filter((f) => f.rule === v.id).map((f) => f.selector);
      const excused =
        known.length > 0 &&
        (await page.evaluate(([t, sels]) => sels.some((sel) => document.querySelector(t)?.matches(sel) ?? false), [target, known] as const));
      // An element rc-motion is taking away (a toast whose 3 s ran out while axe was running: its *-leave class is in
      // the target axe reports) is mid-fade, lighter than it ever stays; it was checked while it was shown.
      const leaving = v.id === 'color-contrast' && /-leave(-active)?\b/.test(target);
      if (!excused && !leaving) nodes.push({ target, summary: n.failureSummary ?? '' });
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
