import { useEffect, useRef, useState } from 'react';

/**
 * After a refused submit, focus goes to the first field marked invalid, so the keyboard is where
 * the problem is (and never on <body>, which would leave a dialog deaf to Escape).
 * Returns the form's ref and `refused()`, to call once the errors are set.
 */
export function useFocusFirstInvalid<T extends HTMLElement = HTMLFormElement>() {
  const formRef = useRef<T>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    const form = formRef.current;
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else if (form && !form.contains(document.activeElement)) form.querySelector<HTMLElement>('button[type="submit"]')?.focus();
  }, [refusals]);
  return { formRef, refused: () => setRefusals((n) => n + 1) };
}
