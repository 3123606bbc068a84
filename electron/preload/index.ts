import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// Names only, computed from the contract at build time: importing the contract would bundle zod.
import { EVENT_NAMES, METHOD_PATHS } from 'virtual:contract-names';
import { buildApi } from '@shared/ipc/api';
import { channelFor, eventChannelFor } from '@shared/ipc/channels';
import type { Result } from '@shared/ipc/result';
import type { Transport } from '@shared/ipc/types';

/**
 * Sandboxed preload: bridges exactly the contract. The page gets `window.api` and nothing else:
 * no ipcRenderer, no generic invoke, no IPC event objects (they carry `sender`).
 */
const transport: Transport = {
  invoke: (path, input) => ipcRenderer.invoke(channelFor(path), input) as Promise<Result<unknown>>,
  subscribe(event, listener) {
    const channel = eventChannelFor(event);
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
};

contextBridge.exposeInMainWorld('api', buildApi(transport, { methods: METHOD_PATHS, events: EVENT_NAMES }));
