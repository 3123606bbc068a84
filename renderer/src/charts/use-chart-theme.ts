import { Chart } from 'chart.js';
import { useLayoutEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store';
import { tokenColor } from './chart-colors';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystemScheme(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemIsDark = (): boolean => window.matchMedia?.(DARK_QUERY).matches ?? false;

/**
 * The theme in force ('light' or 'dark'), re-rendering the caller when the toggle or the OS
 * changes it. Chart components use it as their chart's key, so chart.js redraws with the new
 * token colours; chart.js's own text and grid colours follow the tokens too.
 */
export function useChartTheme(): 'light' | 'dark' {
  const theme = useAppStore((s) => s.theme);
  const dark = useSyncExternalStore(subscribeToSystemScheme, systemIsDark);
  const resolved = theme === 'system' ? (dark ? 'dark' : 'light') : theme;
  // A layout effect runs before react-chartjs-2 creates the (re-keyed) chart in its own effect.
  useLayoutEffect(() => {
    Chart.defaults.color = tokenColor('--muted', '#5c5c57');
    Chart.defaults.borderColor = tokenColor('--border', '#dcdcd6');
  }, [resolved]);
  return resolved;
}
