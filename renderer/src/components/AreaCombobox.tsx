import { ChevronDown } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { Area, AreaType } from '../../../shared/domain/salary';
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
}

/** Type-ahead over every bundled area; the list comes from the store, filtered in the database. */
export function AreaCombobox({ label, value, onChange, error }: AreaComboboxProps) {
  const searchAreas = useAppStore((s) => s.searchAreas);
  const [query, setQuery] = useState(value?.name ?? '');
  const [found, setFound] = useState<Area[]>([]);

  // When the chosen area changes from outside, show its name (React's "adjust state on prop change").
  const [shownName, setShownName] = useState(value?.name);
  if (shownName !== value?.name) {
    setShownName(value?.name);
    setQuery(value?.name ?? '');
  }

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      searchAreas(query === value?.name ? '' : query, 50).then(
        (areas) => current && setFound(areas),
        () => current && setFound([]),
      );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, searchAreas, value?.name]);

  // The chosen area must stay in the collection, or the box forgets it when the results change.
  const items: AreaOption[] = value && !found.some((a) => a.code === value.code) ? [value, ...found] : found;

  return (
    <ComboBox
      className="field combobox"
      items={items}
      inputValue={query}
      onInputChange={setQuery}
      value={value?.code ?? null}
      onChange={(key) => {
        const area = items.find((a) => a.code === key) ?? null;
        if (area) setQuery(area.name);
        onChange(area);
      }}
      isInvalid={Boolean(error)}
      menuTrigger="focus"
      allowsEmptyCollection
    >
      <Label>{label}</Label>
      <div className="field-control combobox-control">
        <Input placeholder="Type a city, metro or state" />
        <Button aria-label="Show areas">
          <ChevronDown size={16} aria-hidden />
        </Button>
      </div>
      <Text slot="description" className="field-hint">
        National, state, metro and nonmetro areas as BLS publishes them.
      </Text>
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="combobox-popover">
        <ListBox<AreaOption> renderEmptyState={() => <p className="combobox-empty">No area matches “{query}”.</p>}>
          {(area) => (
            <ListBoxItem id={area.code} textValue={area.name} className="combobox-item">
              <span>{area.name}</span>
              {area.type ? <span className="muted">{TYPE_LABELS[area.type]}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
