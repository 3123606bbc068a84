import { focusPageHeading } from './page-focus';

/**
 * The first tab stop: jumps past the sidebar to the screen's heading. It handles the click itself
 * because the app routes on the URL's hash, so a plain "#id" link would change screens.
 */
export function SkipLink() {
  return (
    <a
      href="#page-title"
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        focusPageHeading();
      }}
    >
      Skip to content
    </a>
  );
}
