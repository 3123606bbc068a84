import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { EventListener } from '../core/events';
import type { Router } from '../core/router';
import { channelFor, eventChannelFor } from '@shared/ipc/channels';
import { METHOD_PATHS } from '@shared/ipc/methods';
import { fail, type Result } from '@shared/ipc/result';
import { isTrustedUrl } from './origin';

// The only file that touches ipcMain, so every channel goes through the same sender check.

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const UNAUTHORIZED_MESSAGE = "Refused: the call did not come from Trajectory's own window.";

/**
 * Trusts only the main frame of our windows (the app's window, and the hidden PDF export window
 * while it exists), showing a page from one of our origins: an iframe, any other window, or a
 * page that navigated away cannot call into main.
 */
export function createSenderCheck(
  getWindows: () => ReadonlyArray<BrowserWindow | null>,
  origins: readonly string[],
): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.detached) return false;
    return getWindows().some((window) => {
      if (!window || window.isDestroyed()) return false;
      const main = window.webContents.mainFrame;
      // Electron hands out one wrapper per frame, so identity should hold; (process, routing id)
      // names the same frame host and guards against a second wrapper ever being created.
      const sameFrame = frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
      return sameFrame && isTrustedUrl(frame.url, origins);
    });
  };
}

type Dispatch = Pick<Router, 'dispatch'>;

async function handleCall(
  router: Dispatch,
  isTrustedSender: SenderCheck,
  path: string,
  event: IpcMainInvokeEvent,
  input: unknown,
): Promise<Result<unknown>> {
  let trusted = false;
  try {
    trusted = isTrustedSender(event);
  } catch (error) {
    console.error('IPC sender check failed:', error);
  }
  if (!trusted) return fail('UNAUTHORIZED', UNAUTHORIZED_MESSAGE);
  try {
    return await router.dispatch(path, input);
  } catch (error) {
    // The router already returns envelopes; this only keeps a bug there from crossing as a throw.
    console.error(`IPC ${path} threw:`, error);
    return fail('INTERNAL', `Unexpected error in ${path}. Details are in the log.`);
  }
}

/** Binds one handler per contract method; returns a function that unbinds them all. */
export function bindIpc(router: Dispatch, isTrustedSender: SenderCheck): () => void {
  for (const path of METHOD_PATHS) {
    ipcMain.handle(channelFor(path), (event, input: unknown) =>
      handleCall(router, isTrustedSender, path, event, input),
    );
  }
  return () => {
    for (const path of METHOD_PATHS) ipcMain.removeHandler(channelFor(path));
  };
}

interface EventSource {
  subscribe(listener: EventListener): () => void;
}

/** Pushes core events to the window, if it is still there; returns the unsubscribe function. */
export function forwardEvents(
  source: EventSource,
  getWebContents: () => WebContents | null,
): () => void {
  return source.subscribe((event, payload) => {
    const contents = getWebContents();
    if (!contents || contents.isDestroyed()) return;
    contents.send(eventChannelFor(event), payload);
  });
}
