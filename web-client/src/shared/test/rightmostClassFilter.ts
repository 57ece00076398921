// jsdom's getComputedStyle runs every style rule of the document against the element, one full
// selector match each (jsdom 29: DOMSelector.check, which only getComputedStyle calls). antd's
// CSS-in-JS puts about two thousand rules on a page, and Testing Library asks for the computed
// style of every candidate and each of its ancestors on every role query (is it hidden?), again
// after each DOM change: that cascade was two thirds of the unit tests' CPU time.
//
// Browsers answer most of those questions without matching: a rule whose last compound selector
// names a class the element lacks cannot apply to it. This does the same in front of jsdom's
// matcher, and asks the matcher about everything else, so every computed style is exactly what
// jsdom computes without it (rightmostClassFilter.test.ts compares the two on whole pages).

/** The classes a selector's subject must carry, per selector of the list; null: no cheap answer. */
export function requiredSubjectClasses(selectorList: string): string[][] | null {
  // Escapes and nesting are rare in antd's CSS: leave them to the real matcher.
  if (/[\\&]/.test(selectorList)) return null;
  const selectors: string[][] = [];
  let depth = 0; // inside (), [] or a function
  let quote = '';
  let compoundStart = 0; // where the last compound of the current selector starts
  let afterCombinator = false;
  for (let i = 0; i < selectorList.length; i++) {
    const c = selectorList[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (depth === 0) {
      if (c === ',') {
        selectors.push(topLevelClasses(selectorList.slice(compoundStart, i)));
        compoundStart = i + 1;
        afterCombinator = false;
        continue;
      }
      if (/[\s>+~]/.test(c)) {
        afterCombinator = true;
        continue;
      }
      if (afterCombinator) {
        compoundStart = i;
        afterCombinator = false;
      }
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
  }
  if (quote || depth !== 0) return null;
  selectors.push(topLevelClasses(selectorList.slice(compoundStart)));
  return selectors;
}

/** `.name` parts of a compound selector outside any parentheses or brackets, lower-cased. */
function topLevelClasses(compound: string): string[] {
  const classes: string[] = [];
  let depth = 0;
  for (let i = 0; i < compound.length; i++) {
    const c = compound[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === '.') {
      const m = /^[\w\u0080-\uffff-]+/.exec(compound.slice(i + 1));
      if (m) classes.push(m[0].toLowerCase());
    }
  }
  return classes;
}

type CheckResult = { match: boolean; ast: unknown; pseudoElement: unknown };
interface ElementImpl {
  getAttributeNS(namespace: string | null, name: string): string | null;
}
interface DomSelector {
  check(selector: string, node: ElementImpl, opt?: unknown): CheckResult;
}

const installed = new WeakMap<Document, { real: DomSelector['check']; filtered: DomSelector['check'] }>();

/** The filtered matcher and jsdom's own, for the test that compares them. */
export function matchersOf(document: Document) {
  return installed.get(document);
}

/** Puts the filter in front of the matcher jsdom's getComputedStyle uses for `document`. */
export function installRightmostClassFilter(document: Document) {
  if (installed.has(document)) return;
  const implSymbol = Object.getOwnPropertySymbols(document).find((s) => s.description === 'impl');
  const impl = implSymbol && (document as unknown as Record<symbol, { _getDOMSelector?: () => DomSelector }>)[implSymbol];
  const domSelector = impl?._getDOMSelector?.();
  if (!domSelector || typeof domSelector.check !== 'function') {
    throw new Error('jsdom changed: no DOMSelector.check to filter; remove rightmostClassFilter or adapt it');
  }
  const real = domSelector.check.bind(domSelector);
  const parsed = new Map<string, string[][] | null>();
  const classSets = new Map<string, Set<string>>();
  domSelector.check = (selector, node, opt) => {
    let required = parsed.get(selector);
    if (required === undefined) {
      required = requiredSubjectClasses(selector);
      parsed.set(selector, required);
    }
    if (required !== null) {
      const classAttribute = node.getAttributeNS(null, 'class') ?? '';
      let has = classSets.get(classAttribute);
      if (!has) {
        has = new Set(classAttribute.toLowerCase().split(/[\t\n\f\r ]+/));
        classSets.set(classAttribute, has);
      }
      // Lower-cased on both sides: never a "no" where a quirks-mode page would say yes.
      if (!required.some((classes) => classes.every((c) => has.has(c)))) {
        return { match: false, ast: null, pseudoElement: null };
      }
    }
    return real(selector, node, opt);
  };
  installed.set(document, { real, filtered: domSelector.check });
}
