import { vi } from 'vitest';
import { setApi } from '../../../renderer/src/api';
import { useAppStore } from '../../../renderer/src/store';
import { buildApi } from '@shared/ipc/api';
import { CONTRACT_NAMES } from '@shared/ipc/methods';
import type { Transport } from '@shared/ipc/types';
import { openTempCore } from '../../support/temp-core';

const initialState = useAppStore.getState();

/** The renderer's api over an in-process transport to a real router on a real SQLite file. */
export async function connectRealCore() {
  const core = await openTempCore();
  const invoke = vi.fn<Transport['invoke']>((path, input) => core.router.dispatch(path, structuredClone(input)));
  // Events go through too, as they would over IPC: the store reloads its views on dataChanged.
  setApi(
    buildApi({
      invoke,
      subscribe: (event, listener) => core.events.subscribe((name, payload) => name === event && listener(structuredClone(payload))),
    }, CONTRACT_NAMES),
  );
  useAppStore.setState(initialState, true);
  const stopSync = useAppStore.getState().startDataSync();
  const dispose = core.dispose;
  core.dispose = () => {
    stopSync();
    dispose();
  };
  const calls = (method: string) => invoke.mock.calls.filter(([path]) => path === method);
  /** A call straight to the core (as from elsewhere in the app), failing the test if refused. */
  const dispatch = async (method: string, input?: unknown) => {
    const result = await core.router.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  return { core, invoke, calls, dispatch };
}
