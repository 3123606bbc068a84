import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api';
import { App } from './App';
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
