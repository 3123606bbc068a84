/** Chart colours from the design tokens, so charts follow the light and dark themes. */
export function tokenColor(name: string, fallback: string): string {
  if (typeof getComputedStyle !== 'function') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export const hours = (minutes: number): number => Math.round((minutes / 60) * 10) / 10;
