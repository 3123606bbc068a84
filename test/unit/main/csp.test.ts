import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_PLACEHOLDER,
  META_CONTENT_SECURITY_POLICY,
  REACT_ARIA_PRESSABLE_STYLE,
  withContentSecurityPolicy,
} from '../../../electron/core/static-files';

const indexHtml = readFileSync(path.resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
const directives = (policy: string) => policy.split(';').map((d) => d.trim());
const metaPolicy = (html: string) => /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];

describe('one Content-Security-Policy for index.html and the hosts', () => {
  it('index.html holds only the placeholder, in its CSP meta tag, before any script or stylesheet', () => {
    expect(metaPolicy(indexHtml)).toBe(CSP_PLACEHOLDER);
    expect(indexHtml.split(CSP_PLACEHOLDER)).toHaveLength(2);
    expect(indexHtml.indexOf(CSP_PLACEHOLDER)).toBeLessThan(indexHtml.search(/<script|<link rel="stylesheet"/));
  });

  it('the built page carries the header policy, minus frame-ancestors (a header-only directive)', () => {
    const built = metaPolicy(withContentSecurityPolicy(indexHtml, false));
    expect(built).toBe(META_CONTENT_SECURITY_POLICY);
    expect(directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors'))).toEqual(directives(built ?? ''));
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('allows nothing inline in the built page', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(withContentSecurityPolicy(indexHtml, false)).not.toContain('unsafe');
  });

  it("allows inline scripts and styles only on Vite's dev server (React refresh, CSS hot reload)", () => {
    const dev = directives(metaPolicy(withContentSecurityPolicy(indexHtml, true)) ?? '');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
  });

  it("allows react-aria's one <style> element by the hash of its exact text, as react-aria ships it", () => {
    const source = readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/react-aria/dist/private/interactions/usePress.mjs'), 'utf8');
    const shipped = /style\.textContent = `([^`]*)`\.trim\(\)/.exec(source)?.[1]?.replace(/\$\{[^}]*PRESSABLE_ATTRIBUTE\}/, 'data-react-aria-pressable').trim();
    expect(shipped).toBe(REACT_ARIA_PRESSABLE_STYLE);
    const hash = createHash('sha256').update(REACT_ARIA_PRESSABLE_STYLE).digest('base64');
    expect(directives(CONTENT_SECURITY_POLICY)).toContain(`style-src 'self' 'sha256-${hash}'`);
  });

  it('refuses to build a page that lost its placeholder', () => {
    expect(() => withContentSecurityPolicy('<html><head></head></html>', false)).toThrow(/no \{\{CONTENT_SECURITY_POLICY\}\}/);
  });
});
