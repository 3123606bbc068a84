/**
 * A design token as a concrete colour, for chart.js, which cannot read CSS custom properties.
 * Tokens are light-dark() pairs, so the raw property text is no colour: a hidden probe element
 * lets the browser resolve it for the current theme, or for `scheme` when given (print is always light).
 */
export function tokenColor(name: string, fallback: string, scheme?: 'light' | 'dark'): string {
  if (typeof document === 'undefined' || !document.body) return fallback;
  const probe = document.createElement('span');
  probe.style.display = 'none';
  if (scheme) probe.style.colorScheme = scheme;
  probe.style.color = `var(${name}, ${fallback})`;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color && !color.startsWith('var(') ? color : fallback;
}

/** The same colour, see-through: accepts the #rrggbb and rgb() forms tokenColor returns. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (hex?.[1]) {
    const n = Number.parseInt(hex[1], 16);
    return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  }
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color.trim());
  return rgb ? `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})` : color;
}

export const hours = (minutes: number): number => Math.round((minutes / 60) * 10) / 10;
