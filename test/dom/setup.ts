import 'vitest-canvas-mock';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no ResizeObserver; chart.js and react-aria's popovers only need it to exist.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

// jsdom has no CSS.escape; react-aria uses it to look up meta tags. Escaping every
// non-identifier character is enough for the fixed keys it passes.
if (typeof globalThis.CSS === 'undefined') {
  Object.defineProperty(globalThis, 'CSS', { value: {}, configurable: true });
}
if (typeof CSS.escape !== 'function') {
  Object.defineProperty(CSS, 'escape', { value: (text: string) => text.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`) });
}

afterEach(() => cleanup());

// findBy*/waitFor wait on a condition; this only bounds a hang. A busy 2-core machine can take
// seconds to start a core's worker thread (heavy reads run there), so the default 1 s is too short.
configure({ asyncUtilTimeout: 20_000 });
