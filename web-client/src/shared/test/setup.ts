import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setRestoring, tokenStore } from '../session/session';
import { installRightmostClassFilter } from './rightmostClassFilter';

// antd's responsive helpers ask matchMedia, which jsdom does not implement.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// The same computed styles as jsdom's, without matching rules that cannot apply (see the file).
installRightmostClassFilter(document);

// antd pages render slowly in jsdom on a busy machine; a second is not always enough to show up.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  // The access token lives in memory: one test's session must not leak into the next.
  tokenStore.clear();
  setRestoring(false);
});
