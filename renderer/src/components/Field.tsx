import { useId, type ReactElement, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  /** Renders the control with the ids it needs to be labelled and described. */
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactElement;
  suffix?: ReactNode;
}

/** A labelled form control with its hint and its error message, wired for screen readers. */
export function Field({ label, error, hint, children, suffix }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        {children({ id, describedBy, invalid: Boolean(error) })}
        {suffix}
      </div>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
