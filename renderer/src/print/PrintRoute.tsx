import { Chart } from 'chart.js';
import { useEffect, useMemo, useState } from 'react';
import { parsePrintQuery } from '@shared/domain/plan-export';
import { useAppStore } from '../store';
import { takePrefetched } from '../store/use-load';
import { PrintDocument } from './PrintDocument';
import { PRINT_PIXEL_RATIO, type PrintReady } from './print-ready';
import { messageOf } from '../format';

// This module loads only in a window that prints (App.tsx): its charts draw at print resolution,
// the same in every host whatever the window's own pixel ratio (on-screen charts keep theirs).
Chart.defaults.devicePixelRatio = PRINT_PIXEL_RATIO;

/**
 * The print route (`#/print?paper=…&sections=…`): the document alone, light, for a host to turn
 * into a PDF. It tells the host when it is ready (or why it cannot be) through `printReady`.
 */
export function PrintRoute({ printReady }: { printReady: PrintReady | null }) {
  const options = useMemo(() => parsePrintQuery(window.location.hash.split('?')[1] ?? ''), []);
  const data = useAppStore((s) => s.planDocument);
  const load = useAppStore((s) => s.loadPlanDocument);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.documentElement.dataset.theme = 'light';
    takePrefetched(load).catch((e: unknown) => {
      setError(messageOf(e));
      printReady?.fail(`The plan could not be read: ${messageOf(e)}`);
    });
  }, [load, printReady]);

  // Effects run children first: by now every chart below has drawn (animation is off).
  useEffect(() => {
    if (!data) return;
    document.fonts.ready.then(
      () => printReady?.ready(),
      () => printReady?.ready(),
    );
  }, [data, printReady]);

  return (
    <div className="print-page">
      {error ? (
        <p role="alert">The plan could not be read: {error}</p>
      ) : data ? (
        <PrintDocument data={data} options={options} />
      ) : (
        <p>Preparing the plan…</p>
      )}
    </div>
  );
}
