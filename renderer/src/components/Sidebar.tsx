import { CalendarClock, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ThemeToggle } from './ThemeToggle';

export interface NavItem {
  path: string;
  label: string;
  icon: LucideIcon;
  nav: 'main' | 'settings';
}

/** Whether `location` is the screen at `path` or a page below it (a skill below Skills). */
export function isInScreen(path: string, location: string): boolean {
  if (path === '/') return location === '/';
  return location === path || location.startsWith(`${path}/`);
}

function NavLink({ item }: { item: NavItem }) {
  const [location] = useLocation();
  const Icon = item.icon;
  return (
    <li>
      <Link href={item.path} className="nav-link" aria-current={isInScreen(item.path, location) ? 'page' : undefined} title={item.label}>
        <Icon size={16} aria-hidden />
        <span className="nav-label">{item.label}</span>
      </Link>
    </li>
  );
}

/**
 * `items`: the screens, from the route table. `children`: app-wide actions shown above the theme
 * toggle (the quick "log study"). Below 1000 px wide it collapses to its icons (styles.css).
 */
export function Sidebar({ items, children }: { items: readonly NavItem[]; children?: ReactNode }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <CalendarClock size={18} aria-hidden />
        <span className="nav-label">Trajectory</span>
      </div>
      <ul>
        {items
          .filter((item) => item.nav === 'main')
          .map((item) => (
            <NavLink key={item.path} item={item} />
          ))}
      </ul>
      <ul className="nav-secondary">
        {items
          .filter((item) => item.nav === 'settings')
          .map((item) => (
            <NavLink key={item.path} item={item} />
          ))}
      </ul>
      {children}
      <ThemeToggle />
    </nav>
  );
}
