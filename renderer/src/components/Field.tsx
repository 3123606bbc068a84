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

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  /** "date" shows the browser's date picker; the value stays YYYY-MM-DD. */
  type?: 'text' | 'date' | 'url' | 'search';
  maxLength?: number;
  required?: boolean;
  placeholder?: string;
  /** Only where the user has just asked for the form (it opens on their click). */
  autoFocus?: boolean;
}

export function TextField({ label, value, onChange, error, hint, type = 'text', maxLength, required, placeholder, autoFocus }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          type={type}
          value={value}
          maxLength={maxLength}
          required={required}
          placeholder={placeholder}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

interface NumberFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  /** "0.5" for hours and years, "1" or "5" for whole numbers. */
  step: string;
}

/** A number typed as text: the form keeps what was typed and the schema judges it on submit. */
export function NumberField({ label, value, onChange, error, hint, step }: NumberFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          type="number"
          inputMode={Number.isInteger(Number(step)) ? 'numeric' : 'decimal'}
          step={step}
          className="numeric"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** Options under a heading (an <optgroup>). */
export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  options: ReadonlyArray<SelectOption | SelectOptionGroup>;
  error?: string;
  hint?: string;
  /** Shown first with an empty value, for a choice the user has not made yet. */
  placeholder?: string;
}

const renderOption = (o: SelectOption) => (
  <option key={o.value} value={o.value}>
    {o.label}
  </option>
);

export function SelectField({ label, value, onChange, options, error, hint, placeholder }: SelectFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) =>
            'options' in o ? (
              <optgroup key={`group-${o.label}`} label={o.label}>
                {o.options.map(renderOption)}
              </optgroup>
            ) : (
              renderOption(o)
            ),
          )}
        </select>
      )}
    </Field>
  );
}
