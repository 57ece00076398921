import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, setupUser } from './renderApp';
import { matchersOf, requiredSubjectClasses } from './rightmostClassFilter';

vi.mock('../api/api', () => ({ api: { listLegalDocuments: vi.fn(async () => []), getMe: vi.fn() } }));

describe('requiredSubjectClasses', () => {
  it('takes the classes of the last compound of each selector, outside functions and attributes', () => {
    expect(requiredSubjectClasses(':where(.css-dev-only-do-not-override-1).ant-btn-primary:not(:disabled)')).toEqual([['ant-btn-primary']]);
    expect(requiredSubjectClasses('.ant-form .ant-form-item > .ant-row.Ant-Col:hover')).toEqual([['ant-row', 'ant-col']]);
    expect(requiredSubjectClasses('.a .b, .c+.d ~ .e.f')).toEqual([['b'], ['e', 'f']]);
    expect(requiredSubjectClasses('.a>.b')).toEqual([['b']]);
    expect(requiredSubjectClasses('.ant-select .ant-select-arrow::before')).toEqual([['ant-select-arrow']]);
    expect(requiredSubjectClasses('[class^="ant-tag"] .x, .y [title="a .z"]')).toEqual([['x'], []]);
    expect(requiredSubjectClasses(':is(.a, .b) span')).toEqual([[]]);
    expect(requiredSubjectClasses('li:nth-child(2n + 1).odd')).toEqual([['odd']]);
  });

  it('leaves escapes, nesting and broken selectors to jsdom', () => {
    expect(requiredSubjectClasses('.sm\\:flex')).toBeNull();
    expect(requiredSubjectClasses('& .a')).toBeNull();
    expect(requiredSubjectClasses('.a:not(.b')).toBeNull();
    expect(requiredSubjectClasses('[title="x')).toBeNull();
  });
});

function styleRules(list: CSSRuleList, into: string[] = []): string[] {
  for (const rule of Array.from(list)) {
    if (rule instanceof CSSStyleRule) into.push(rule.selectorText);
    else if ('cssRules' in rule) styleRules((rule as CSSGroupingRule).cssRules, into);
  }
  return into;
}

/** Every rule of the page against every element: the filter says "no" only where jsdom says "no". */
function expectSameMatches() {
  const matchers = matchersOf(document)!;
  const selectors = [...new Set(Array.from(document.styleSheets).flatMap((s) => styleRules(s.cssRules)))];
  const implSymbol = Object.getOwnPropertySymbols(document).find((s) => s.description === 'impl')!;
  // One element in ten: all of them cost a minute of jsdom matching, this a few seconds.
  const elements = Array.from(document.querySelectorAll('*')).filter((e, i) => e.parentNode && i % 10 === 0);
  let compared = 0;
  let filtered = 0;
  const differences: string[] = [];
  for (const element of elements) {
    const impl = (element as unknown as Record<symbol, never>)[implSymbol];
    for (const selector of selectors) {
      const fast = matchers.filtered(selector, impl).match;
      const real = matchers.real(selector, impl).match;
      compared++;
      if (!fast && real) differences.push(`${selector} on <${element.localName} class="${element.className}">`);
      if (fast !== real && fast) differences.push(`(filtered says yes) ${selector}`);
      if (!fast) filtered++;
    }
  }
  expect(differences).toEqual([]);
  // The comparison means something only on a page full of antd's rules.
  expect(selectors.length).toBeGreaterThan(500);
  expect(compared).toBeGreaterThan(30_000);
  expect(filtered).toBeGreaterThan(compared / 2);
}

describe('the filter in front of jsdom getComputedStyle', { timeout: 60_000 }, () => {
  it('answers like jsdom on the register form with its errors and an open dropdown', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    const user = setupUser();
    renderApp('/register');
    await user.click(await screen.findByRole('button', { name: '注 册' }));
    await waitFor(() => expect(document.querySelector('.ant-form-item-explain-error')).not.toBeNull());
    await user.click(screen.getByLabelText('身份'));
    await screen.findByTitle('老师');
    expectSameMatches();
  });
});
