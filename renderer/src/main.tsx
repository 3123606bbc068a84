import './zod-jitless';
import './early-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api';
import { App } from './App';
import { isPrintRoute, publishPrintReady } from './print/print-ready';
import './styles.css';

// Before anything renders, so a host waiting for the print route finds the promise at once.
const printReady = isPrintRoute(window.location.hash) ? publishPrintReady() : null;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

let connectionProblem: string | null = null;
try {
  getApi();
} catch (error) {
  connectionProblem = (error as Error).message;
  printReady?.fail(connectionProblem);
}

root.render(
  <StrictMode>
    {connectionProblem ? (
      <main className="no-connection" role="alert">
        <h1>Trajectory cannot start</h1>
        <p>{connectionProblem}</p>
      </main>
    ) : (
      <App printReady={printReady} />
    )}
  </StrictMode>,
);
