import { DEFAULT_GROWTH } from '@shared/domain/projection';
import { useId } from 'react';
import { formatDecimal, formatLocale } from '../../format';
import { useAppStore } from '../../store';
import type { ProjectionSliders as Sliders } from '../../store/projection-slice';

interface SliderProps {
  name: keyof Sliders;
  label: string;
  min: number;
  max: number;
  step: number;
  /** What the slider shows while it is not moved (each scenario's own value, or the profile's). */
  fallback: number;
  unit: string;
  hint: string;
  /** Decimals shown: growth needs two (2.18 %). */
  digits?: number;
}

function Slider({ name, label, min, max, step, fallback, unit, hint, digits = 1 }: SliderProps) {
  const id = useId();
  const value = useAppStore((s) => s.sliders[name]);
  const setSlider = useAppStore((s) => s.setSlider);
  const shown = value ?? fallback;
  const text = `${digits === 1 ? formatDecimal(shown) : new Intl.NumberFormat(formatLocale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(shown)}${unit}`;
  return (
    <div className="projection-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={shown}
        aria-valuetext={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setSlider(name, Number(e.target.value))}
      />
      <output htmlFor={id}>{text}</output>
      {value !== null ? (
        <button type="button" className="link-button" onClick={() => setSlider(name, null)} aria-label={`Reset ${label.toLowerCase()}`}>
          Reset
        </button>
      ) : null}
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

/** What-ifs over every compared scenario, recomputed in the renderer as they move. */
export function ProjectionSliders({ growthFallback, raiseFallback }: { growthFallback: number | null; raiseFallback: number | null }) {
  const savedHours = useAppStore((s) => s.profile?.hoursPerWeek ?? 0);
  return (
    <div className="projection-sliders" role="group" aria-label="What if">
      <Slider
        name="growthPercent"
        label="Market growth"
        min={-5}
        max={10}
        step={0.01}
        fallback={growthFallback ?? DEFAULT_GROWTH.rate * 100}
        unit=" % a year"
        digits={2}
        hint="Until moved, each scenario's own growth (default 2.18 %, from BLS)."
      />
      <Slider
        name="hoursPerWeek"
        label="Learning hours per week"
        min={0}
        max={40}
        step={0.5}
        fallback={savedHours}
        unit=" h"
        hint="Stretches or shrinks your roadmap's dates from your profile's hours (weeks off are not re-planned)."
      />
      <Slider
        name="raisePercent"
        label="Job change raise"
        min={-20}
        max={60}
        step={1}
        fallback={raiseFallback ?? 10}
        unit=" %"
        hint="The raise of every job change in the compared scenarios."
      />
    </div>
  );
}
