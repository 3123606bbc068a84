import {
  BookOpen,
  CalendarClock,
  ChartLine,
  Database,
  DollarSign,
  FileText,
  Flag,
  LayoutDashboard,
  Route,
  UserRound,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { ThemeToggle } from './ThemeToggle';

export interface NavItem {
  path: string;
  label: string;
  icon: LucideIcon;
}

export const MAIN_NAV: readonly NavItem[] = [
  { path: '/', label: 'Dashboard', icon: LayoutDashboard },
  { path: '/salary', label: 'Salary', icon: DollarSign },
  { path: '/skills', label: 'Skills', icon: BookOpen },
  { path: '/goals', label: 'Goals', icon: Flag },
  { path: '/roadmap', label: 'Roadmap', icon: Route },
  { path: '/projection', label: 'Projection', icon: ChartLine },
  { path: '/plan', label: 'Plan', icon: FileText },
];

export const SETTINGS_NAV: readonly NavItem[] = [
  { path: '/profile', label: 'Profile', icon: UserRound },
  { path: '/data-sources', label: 'Data sources', icon: Database },
];

function NavLink({ item }: { item: NavItem }) {
  const [active] = useRoute(item.path);
  const Icon = item.icon;
  return (
    <li>
      <Link href={item.path} className="nav-link" aria-current={active ? 'page' : undefined}>
        <Icon size={16} aria-hidden />
        <span>{item.label}</span>
      </Link>
    </li>
  );
}

/** `children`: app-wide actions shown above the theme toggle (the quick "log study"). */
export function Sidebar({ children }: { children?: ReactNode }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <CalendarClock size={18} aria-hidden />
        <span>Trajectory</span>
      </div>
      <ul>
        {MAIN_NAV.map((item) => (
          <NavLink key={item.path} item={item} />
        ))}
      </ul>
      <ul className="nav-secondary">
        {SETTINGS_NAV.map((item) => (
          <NavLink key={item.path} item={item} />
        ))}
      </ul>
      {children}
      <ThemeToggle />
    </nav>
  );
}
