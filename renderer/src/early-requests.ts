import { preloadFirstScreen } from './first-screen';
import { firstScreenNeedsIntl, warmFormatters } from './format';

// Imported by main.tsx ahead of React: modules run in import order, so the first screen's
// requests go out before react-dom's code (most of the entry's start-up time) runs, not after.
preloadFirstScreen(window.location.hash);
// Then, while core answers, what the screen's first number would otherwise wait for; in en-US the
// first screen's numbers need no Intl formatter, and they are built after it shows (Shell).
if (firstScreenNeedsIntl) warmFormatters();
