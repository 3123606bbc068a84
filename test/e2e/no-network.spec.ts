import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { rpc, seedFirstHour } from './seed';
import { SCENARIO_PARAMS, walkEverywhere } from './walk';

const isLoopback = (url: string) => {
  const { protocol, hostname } = new URL(url);
  if (['data:', 'blob:', 'about:'].includes(protocol)) return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

test('no screen, tab, chart, dialog or the print route asks for anything off this machine', async ({ app, host, context }) => {
  test.setTimeout(240_000);
  // Every request of every page and worker in the context is seen, and answered only when it stays
  // on this machine (the app fixture's page route already refuses the rest for its page).
  const requested: string[] = [];
  const foreign: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.fallback();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  await seedFirstHour(app, host);
  await rpc(app, host, 'roadmap.create', { pathId: 'backend-foundations' });
  await rpc(app, host, 'career.createScenario', { name: 'New job in year 3', params: SCENARIO_PARAMS });
  await app.reload();

  await walkEverywhere(app, host, {
    skillId: 'docker',
    check: async (where) => expect([...foreign, ...requested.filter((url) => !isLoopback(url))], `requests off this machine by ${where}`).toEqual([]),
  });
  // The walk really went through the host: the app's own files and calls were seen.
  expect(requested.some((url) => url.includes('/rpc/'))).toBe(true);
  expect(requested.every(isLoopback)).toBe(true);
});

const BUILT = path.resolve(import.meta.dirname, '../../out/renderer');
const builtFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? builtFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));

test('the built renderer names no remote stylesheet, script, font or CDN', () => {
  const files = builtFiles(BUILT);
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const name = path.relative(BUILT, file);
    if (file.endsWith('.html')) {
      // Every src and href is the app's own file (relative) or inline data.
      for (const m of text.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
        if (!/^(?:\.\/|\/(?!\/)|data:)/.test(m[1] ?? '')) problems.push(`${name}: ${m[0]}`);
      }
    }
    if (file.endsWith('.css')) {
      for (const m of text.matchAll(/@import[^;]*|url\(\s*["']?([^"')]*)/gi)) {
        if (m[0].startsWith('@import') || !/^(?:\.{0,2}\/(?!\/)|data:|#|[\w-]+\.\w+)/.test(m[1] ?? '')) problems.push(`${name}: ${m[0]}`);
      }
    }
    // Known CDNs and font services, in any file.
    for (const m of text.matchAll(/(?:fonts\.googleapis|fonts\.gstatic|cdn\.jsdelivr|unpkg\.com|cdnjs\.cloudflare|use\.typekit|googletagmanager|google-analytics|sentry\.io)[^"'\s]*/gi)) {
      problems.push(`${name}: ${m[0]}`);
    }
  }
  expect(problems).toEqual([]);
});
