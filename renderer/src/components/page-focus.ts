import { useEffect, useRef } from 'react';

/** The id of every screen's <h1> (components/Page.tsx). */
export const PAGE_TITLE_ID = 'page-title';

/**
 * Moves focus to the current screen's heading, so keyboard and screen-reader users land on the
 * screen they opened instead of staying in the sidebar or falling to <body>.
 */
export function focusPageHeading(): boolean {
  const heading = document.getElementById(PAGE_TITLE_ID);
  if (!heading) return false;
  heading.focus();
  return document.activeElement === heading;
}

/** Set when navigation found no heading yet (the screen's chunk still loading); its <Page> takes focus on mount. */
let headingFocusPending = false;

/** Called by <Page> once its heading is in the document. */
export function takePendingHeadingFocus(): void {
  if (!headingFocusPending) return;
  headingFocusPending = false;
  focusPageHeading();
}

/** Focuses the new screen's heading whenever `location` changes (not on the first render). */
export function useFocusHeadingOnNavigate(location: string): void {
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    // Child effects have run: the new screen's <Page> and its heading are in the document.
    // A lazily loaded screen is not there yet on its first visit: its <Page> focuses the heading when it mounts.
    headingFocusPending = !focusPageHeading();
  }, [location]);
}
