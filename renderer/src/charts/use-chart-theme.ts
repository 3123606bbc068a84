import { Chart } from 'chart.js';
import { createContext, useContext, useLayoutEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store';
import { tokenColor } from './chart-colors';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystemScheme(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemIsDark = (): boolean => window.matchMedia?.(DARK_QUERY).matches ?? false;

/** True inside the career-plan document: its charts are light whatever the app's theme. */
export const PrintScope = createContext(false);

/**
 * The theme in force ('light' or 'dark'), re-rendering the caller when the toggle or the OS
 * changes it. Chart components use it as their chart's key, so chart.js redraws with the new
 * token colours; chart.js's own text and grid colours follow the tokens too. In print it is
 * always light, and chart.js's shared defaults are left to the app's own charts.
 */
export function useChartTheme(): 'light' | 'dark' {
  const print = useContext(PrintScope);
  const theme = useAppStore((s) => s.theme);
  const dark = useSyncExternalStore(subscribeToSystemScheme, systemIsDark);
  const resolved = print ? 'light' : theme === 'system' ? (dark ? 'dark' : 'light') : theme;
  // A layout effect runs before react-chartjs-2 creates the (re-keyed) chart in its own effect.
  useLayoutEffect(() => {
    if (print) return;
    Chart.defaults.color = tokenColor('--muted', '#5c5c57');
    Chart.defaults.borderColor = tokenColor('--border', '#dcdcd6');
  }, [resolved, print]);
  return resolved;
}

/**
 * Axis colours for one scale: empty in the app (the shared defaults apply), explicit light ones
 * in print, where the shared defaults may be the dark theme's.
 */
export function useScaleColors(): { ticks?: { color: string }; grid?: { color: string }; title?: { color: string } } {
  const print = useContext(PrintScope);
  if (!print) return {};
  const text = tokenColor('--muted', '#5c5c57', 'light');
  return { ticks: { color: text }, grid: { color: tokenColor('--border', '#dcdcd6', 'light') }, title: { color: text } };
}
