import { ChevronDown } from 'lucide-react';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Autocomplete, FieldError, Input, Label, ListBox, ListBoxItem, Text, TextField, type Key } from 'react-aria-components';
import type { Area, AreaType } from '@shared/domain/salary';
import { useAppStore } from '../store';

const TYPE_LABELS: Record<AreaType, string> = {
  national: 'Nation',
  state: 'State',
  msa: 'Metro area',
  nonmetro: 'Nonmetro area',
};

/** An area as the box lists it; a saved choice may come without its type. */
type AreaOption = Pick<Area, 'code' | 'name'> & { type?: AreaType };

interface AreaComboboxProps {
  label: string;
  /** The selected area (code and name), or null. */
  value: Pick<Area, 'code' | 'name'> | null;
  onChange(area: AreaOption | null): void;
  error?: string;
  /** For "add an area" pickers: the box empties after each choice, ready for the next one. */
  clearOnChoose?: boolean;
}

/**
 * Type-ahead over every bundled area; the list comes from the store, filtered in the database.
 * Built on react-aria's Autocomplete (combobox keyboard model, virtual focus) with the list shown
 * in place under the box rather than in a modal popover, so the rest of the page stays readable
 * to screen readers while it is open. The list opens on typing, ArrowDown or the chevron; it
 * closes on a choice, Escape, or when focus leaves.
 */
export function AreaCombobox({ label, value, onChange, error, clearOnChoose = false }: AreaComboboxProps) {
  const searchAreas = useAppStore((s) => s.searchAreas);
  const settledText = clearOnChoose ? '' : (value?.name ?? '');
  const [query, setQuery] = useState(settledText);
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<{ query: string; areas: Area[] } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // When the chosen area changes from outside, show its name (React's "adjust state on prop change").
  const [shownText, setShownText] = useState(settledText);
  if (shownText !== settledText) {
    setShownText(settledText);
    setQuery(settledText);
  }

  // The chosen area's own name lists everything: opening the list should not filter by it.
  const search = query === value?.name ? '' : query;
  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      searchAreas(search, 50).then(
        (areas) => current && setResults({ query: search, areas }),
        () => current && setResults({ query: search, areas: [] }),
      );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, search, searchAreas]);

  const found = results?.areas ?? [];
  const items: AreaOption[] = value && search === '' && !found.some((a) => a.code === value.code) ? [value, ...found] : found;

  const close = () => {
    setOpen(false);
    setQuery(settledText);
  };

  const choose = (key: Key) => {
    const area = items.find((a) => a.code === key);
    if (!area) return;
    setOpen(false);
    setQuery(clearOnChoose ? '' : area.name);
    onChange(area);
    inputRef.current?.focus();
  };

  // Capture phase: these keys belong to the box before react-aria's handlers or a dialog see them.
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && (open || query !== settledText)) {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
    }
  };

  const onBlur = (event: FocusEvent) => {
    if (!rootRef.current?.contains(event.relatedTarget as Node | null)) close();
  };

  return (
    <div ref={rootRef} className="field combobox" data-invalid={error ? true : undefined} onKeyDownCapture={onKeyDownCapture} onBlur={onBlur}>
      {/* Typing only filters; ArrowDown moves to the matches. Highlighting the first match by
          itself would move the virtual focus whenever a search answers, after the keystroke. */}
      <Autocomplete
        disableAutoFocusFirst
        inputValue={query}
        onInputChange={(text) => {
          setQuery(text);
          setOpen(true);
        }}
      >
        <TextField className="combobox-field" isInvalid={Boolean(error)}>
          <Label>{label}</Label>
          <div className="field-control combobox-control">
            <Input
              ref={inputRef}
              role="combobox"
              aria-expanded={open}
              placeholder="Type a city, metro or state"
            />
            <button
              type="button"
              tabIndex={-1}
              aria-label={open ? 'Hide areas' : 'Show areas'}
              aria-expanded={open}
              // Keep focus in the box: the chevron is a pointer shortcut for ArrowDown.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                if (open) close();
                else setOpen(true);
                inputRef.current?.focus();
              }}
            >
              <ChevronDown size={16} aria-hidden />
            </button>
            {open ? (
              // preventDefault on mousedown: clicking an option must not blur the box first.
              <div className="combobox-popover" onMouseDown={(e) => e.preventDefault()}>
                <ListBox<AreaOption>
                  className="combobox-list"
                  aria-label={`${label}: matching areas`}
                  items={items}
                  onAction={choose}
                  renderEmptyState={() => (
                    <p className="combobox-empty">{results?.query === search ? `No area matches “${query}”.` : 'Searching…'}</p>
                  )}
                >
                  {(area) => (
                    <ListBoxItem id={area.code} textValue={area.name} className="combobox-item">
                      <span>{area.name}</span>
                      {area.type ? <span className="muted">{TYPE_LABELS[area.type]}</span> : null}
                    </ListBoxItem>
                  )}
                </ListBox>
              </div>
            ) : null}
          </div>
          <Text slot="description" className="field-hint">
            National, state, metro and nonmetro areas as BLS publishes them.
          </Text>
          <FieldError className="field-error">{error}</FieldError>
        </TextField>
      </Autocomplete>
    </div>
  );
}
