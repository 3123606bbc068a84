import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { ExplanationKind, ProjectionYearResult } from '@shared/domain/projection';
import { formatDate, formatDecimal, formatMoney } from '../../format';
import { useAppStore } from '../../store';
import type { ExplainTarget } from './CompareTable';
import type { ComparedScenario } from './use-compared-results';

const KIND_LABELS: Record<ExplanationKind, string> = {
  'dataset-row': 'Dataset row',
  'ladder-value': 'Career ladder',
  assumption: 'Assumption',
  event: 'Event',
  profile: 'Your data',
};

interface ExplainDialogProps {
  target: ExplainTarget | null;
  compared: readonly ComparedScenario[];
  baselineId: number | null;
  onClose(): void;
}

function Figures({ row, target, baseline }: { row: ProjectionYearResult; target: ExplainTarget; baseline: { name: string; row: ProjectionYearResult } | null }) {
  const money = (n: number) => formatMoney(n, row.currency);
  return (
    <dl className="explain-figures">
      <dt>Expected salary</dt>
      <dd>{money(row.expectedSalary)}</dd>
      <dt>Level</dt>
      <dd>
        {row.levelName}
        {row.extrapolated ? ' (its band position is extrapolated beyond the published percentiles)' : ''}
      </dd>
      <dt>Band that year</dt>
      <dd>
        10th {money(row.band.p10)} · 25th {money(row.band.p25)} · median {money(row.band.p50)} · 75th {money(row.band.p75)} · 90th {money(row.band.p90)}
      </dd>
      <dt>Earned by this year</dt>
      <dd>{money(row.cumulativeEarnings)}</dd>
      {target.what === 'difference' && baseline ? (
        <>
          <dt>Against {baseline.name}</dt>
          <dd>
            {money(row.cumulativeEarnings)} − {money(baseline.row.cumulativeEarnings)} = {money(row.cumulativeEarnings - baseline.row.cumulativeEarnings)}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** "Explain this number": the figures of one scenario's year and every input and source the model used for it. */
export function ExplainDialog({ target, compared, baselineId, onClose }: ExplainDialogProps) {
  const datasets = useAppStore((s) => s.datasets);
  const ladder = useAppStore((s) => s.ladder);
  const skillName = (id: string) => ladder?.tracks.flatMap((t) => t.levels.flatMap((l) => l.skills)).find((s) => s.skillId === id)?.skillName ?? id;
  const hours = useAppStore((s) => s.sliders.hoursPerWeek);
  const savedHours = useAppStore((s) => s.profile?.hoursPerWeek ?? null);
  const entry = target ? compared.find((c) => c.scenario.id === target.scenarioId) : undefined;
  const row = entry?.result?.ok && target ? entry.result.projection.years[target.year - 1] : undefined;
  const base = compared.find((c) => c.scenario.id === baselineId);
  const baseRow = base?.result?.ok && target ? base.result.projection.years[target.year - 1] : undefined;
  const publisher = row ? datasets?.find((d) => d.id === row.source.datasetId)?.publisher : undefined;
  const open = Boolean(target && entry && row);
  return (
    <ModalOverlay className="modal-overlay" isOpen={open} onOpenChange={(isOpen) => (isOpen ? undefined : onClose())} isDismissable>
      <Modal className="modal explain-modal">
        <Dialog className="dialog" aria-labelledby="explain-title">
          {entry && row && target ? (
            <>
              <Heading slot="title" id="explain-title">
                {entry.scenario.name}: year {row.year} (from {formatDate(row.startsOn)})
              </Heading>
              <Figures row={row} target={target} baseline={base && baseRow ? { name: base.scenario.name, row: baseRow } : null} />
              {row.promotion ? (
                <p>
                  Promoted this year after {formatDecimal(row.promotion.yearsInLevel)} years in the level below, its skills reached:{' '}
                  {row.promotion.skills.length === 0 ? 'none expected' : row.promotion.skills.map((s) => `${skillName(s.skillId)} at level ${s.minLevel} on ${formatDate(s.reachedOn)}`).join(', ')}.
                </p>
              ) : null}
              {row.waitingFor.length > 0 ? (
                <p>Not promoted yet: waiting for {row.waitingFor.map((s) => `${skillName(s.skillId)} at level ${s.minLevel}`).join(', ')}.</p>
              ) : null}
              <h3 id="explain-inputs">Inputs and sources</h3>
              <ul className="explain-inputs" aria-labelledby="explain-inputs">
                {row.inputs.map((input, i) => (
                  <li key={`${input.kind}-${i}`}>
                    <span className="explain-kind">{KIND_LABELS[input.kind]}</span> <strong>{input.label}</strong>: {input.value}
                    <br />
                    <span className="muted">Source: {input.source}</span>
                    {input.kind === 'dataset-row' && publisher ? <span className="muted"> · published by {publisher}</span> : null}
                  </li>
                ))}
                {hours !== null && savedHours !== null && hours !== savedHours && entry.params.skills === 'roadmap' ? (
                  <li>
                    <span className="explain-kind">Assumption</span> <strong>Learning hours per week</strong>: {formatDecimal(hours)} h
                    <br />
                    <span className="muted">Source: the hours slider; the roadmap's dates stretched from your profile's {formatDecimal(savedHours)} h a week</span>
                  </li>
                ) : null}
              </ul>
              <div className="form-actions">
                <button type="button" className="primary" slot="close" onClick={onClose} autoFocus>
                  Close
                </button>
              </div>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
