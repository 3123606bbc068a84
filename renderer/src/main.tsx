import './zod-jitless';
import './early-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api';
import { App } from './App';
import { isPrintRoute, publishPrinter } from './print/print-ready';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

let connectionProblem: string | null = null;
try {
  getApi();
} catch (error) {
  connectionProblem = (error as Error).message;
}

if (isPrintRoute(window.location.hash)) {
  // A window a host prints the career plan from: the document alone, without the shell, router,
  // recovery gate or data sync. The printer is published at once, before the load event a host
  // waits for; its code (print/print-page.tsx) is already on its way (first-screen.ts).
  const printer = import('./print/print-page').then((page) => page.startPrintPage(root));
  publishPrinter(async (route) => (await printer)(route));
} else {
  root.render(
    <StrictMode>
      {connectionProblem ? (
        <main className="no-connection" role="alert">
          <h1>Trajectory cannot start</h1>
          <p>{connectionProblem}</p>
        </main>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
