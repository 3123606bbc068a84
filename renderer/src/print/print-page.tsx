import { Chart } from 'chart.js';
import { useEffect, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import type { PlanDocument } from '@shared/domain/plan-document';
import { parsePrintQuery } from '@shared/domain/plan-export';
import { messageOf } from '../format';
import { useAppStore } from '../store';
import { PrintDocument } from './PrintDocument';
import { PRINT_PIXEL_RATIO } from './print-ready';

/** Calls `onDrawn` once everything below it has committed: effects run children first, and the charts draw in theirs. */
function Drawn({ onDrawn, children }: { onDrawn(): void; children: ReactNode }) {
  useEffect(onDrawn, [onDrawn]);
  return children;
}

// Not every DOM has font loading (jsdom): there is then nothing to wait for.
const fontsReady = (): Promise<unknown> => (document.fonts as FontFaceSet | undefined)?.ready.catch(() => undefined) ?? Promise.resolve();

/**
 * The print page's one job: `print(route)` reads the plan (`readPlan`, at every call: a page kept
 * open between exports must print the plan as it is now), draws the document the route names in
 * `root`, replacing the last one, and settles once every chart has drawn and the fonts are loaded.
 * It rejects with a sentence when the plan cannot be read (and shows it on the page).
 */
export function createPrinter(root: Root, readPlan: () => Promise<PlanDocument>): (route: string) => Promise<string> {
  let prints = 0;
  return async (route) => {
    const options = parsePrintQuery(route.split('?')[1] ?? '');
    // A new key each time: the last document's charts are destroyed, the new ones drawn afresh.
    const key = ++prints;
    let data: PlanDocument;
    try {
      data = await readPlan();
    } catch (error) {
      const message = `The plan could not be read: ${messageOf(error)}`;
      root.render(
        <p key={key} role="alert">
          {message}
        </p>,
      );
      throw new Error(message);
    }
    await new Promise<void>((resolve) => {
      root.render(
        <Drawn key={key} onDrawn={resolve}>
          <div className="print-page">
            <PrintDocument data={data} options={options} />
          </div>
        </Drawn>,
      );
    });
    await fontsReady();
    return 'ready';
  };
}

/**
 * Turns the window into the print page: always light, charts at print resolution (on-screen
 * charts keep the window's own ratio), the plan read through the store at every print.
 */
export function startPrintPage(root: Root): (route: string) => Promise<string> {
  document.documentElement.dataset.theme = 'light';
  Chart.defaults.devicePixelRatio = PRINT_PIXEL_RATIO;
  return createPrinter(root, async () => {
    const store = useAppStore.getState();
    await store.loadPlanDocument();
    const data = useAppStore.getState().planDocument;
    if (!data) throw new Error('core sent no plan');
    return data;
  });
}
