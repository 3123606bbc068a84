import { Monitor, Moon, Sun } from 'lucide-react';
import { THEMES, type Theme } from '../store/theme-slice';
import { useAppStore } from '../store';

const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;
const LABELS: Record<Theme, string> = { system: 'Match the system', light: 'Light', dark: 'Dark' };

/** Cycles system → light → dark; "system" leaves the colours to prefers-color-scheme. */
export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);

  const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system';
  const Icon = ICONS[theme];
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => setTheme(next)}
      aria-label={`Theme: ${LABELS[theme]}. Switch to ${LABELS[next]}`}
      title={`Theme: ${LABELS[theme]}`}
    >
      <Icon size={16} aria-hidden />
      <span>{LABELS[theme]}</span>
    </button>
  );
}
