import type { DisabledEdge } from '@shared/domain/custom-edges';
import type { EdgeKind } from '@shared/domain/skills';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';

const RELATION: Record<EdgeKind, string> = {
  prerequisite: 'is a prerequisite of',
  recommended: 'is recommended alongside',
  alternative: 'is an alternative to',
};

/** "Docker is a prerequisite of Kubernetes": a link as a sentence, by name. */
export const describeLink = (e: Pick<DisabledEdge, 'fromName' | 'toName' | 'kind'>): string => `${e.fromName} ${RELATION[e.kind]} ${e.toName}`;

/** The user's links the app turned off, each with why and a way to remove it. */
export function DisabledLinkList({ edges }: { edges: readonly DisabledEdge[] }) {
  const removeEdge = useAppStore((s) => s.removeEdge);
  const reportError = useAppStore((s) => s.reportError);
  return (
    <ul className="disabled-links" aria-label="Links turned off">
      {edges.map((e) => (
        <li key={`${e.from}|${e.to}|${e.kind}`}>
          <strong>{describeLink(e)}</strong> <span className="muted">{e.reason}</span>{' '}
          <button type="button" onClick={() => removeEdge(e).catch(reportError)} aria-label={`Remove the link: ${describeLink(e)}`}>
            Remove link
          </button>
        </li>
      ))}
    </ul>
  );
}

/** On the skills screen: tells the user when a catalog update turned off links they made. */
export function DisabledLinksNotice() {
  const edges = useAppStore((s) => s.disabledEdges);
  const loadDisabledEdges = useAppStore((s) => s.loadDisabledEdges);
  useLoad(loadDisabledEdges);
  if (!edges || edges.length === 0) return null;
  return (
    <section className="card notice-card" aria-labelledby="disabled-links-title">
      <h2 id="disabled-links-title">Some of your links were turned off</h2>
      <p className="muted">
        {edges.length === 1
          ? 'After a catalog update (or a skill you restored), this link of yours would close a prerequisite cycle or point at a skill that is gone, so the app turned it off: it counts nowhere. Remove it, or add it again from a skill’s page once it fits.'
          : 'After a catalog update (or a skill you restored), these links of yours would close a prerequisite cycle or point at a skill that is gone, so the app turned them off: they count nowhere. Remove them, or add them again from a skill’s page once they fit.'}
      </p>
      <DisabledLinkList edges={edges} />
    </section>
  );
}
