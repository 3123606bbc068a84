import { useState } from 'react';
import type { RoadmapScheduleInput } from '@shared/domain/roadmap';
import { useAppStore } from '../../store';
import { cycleLinks, type CycleEdge } from './cycle-links';

const KIND_WORDS: Record<CycleEdge['kind'], string> = { prerequisite: '→', alternative: 'or', recommended: 'then' };

/** A roadmap that cannot be scheduled: the skills waiting on each other, and the links to cut. */
export function CycleAlert({ cycle, input }: { cycle: readonly string[]; input: RoadmapScheduleInput }) {
  const removeEdge = useAppStore((s) => s.removeEdge);
  const [error, setError] = useState('');
  const names = new Map(input.skills.map((s) => [s.id, s.name]));
  const name = (id: string) => names.get(id) ?? id;
  const { custom, catalog } = cycleLinks(cycle, input);

  async function remove(edge: CycleEdge) {
    setError('');
    try {
      await removeEdge({ from: edge.from, to: edge.to, kind: edge.kind });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="roadmap-cycle" role="alert">
      <p>
        <strong>This roadmap cannot be scheduled:</strong> these skills wait on each other in a cycle: {cycle.join(' → ')}.
      </p>
      {custom.length > 0 ? (
        <>
          <p>Remove one of your own links to break it:</p>
          <ul>
            {custom.map((edge) => {
              const label = `Remove link ${name(edge.from)} ${KIND_WORDS[edge.kind]} ${name(edge.to)}`;
              return (
                <li key={`${edge.from} ${edge.to} ${edge.kind}`}>
                  <button type="button" onClick={() => void remove(edge)}>
                    {label}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>
          {catalog.length > 0
            ? `Only links from the catalog hold it together (${catalog.map((e) => `${name(e.from)} ${KIND_WORDS[e.kind]} ${name(e.to)}`).join('; ')}); they cannot be removed.`
            : 'None of its links is one of yours to remove.'}{' '}
          Remove one of these skills from the roadmap to break it.
        </p>
      )}
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
