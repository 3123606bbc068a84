import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelFor, eventChannelFor } from '@shared/ipc/channels';
import { EVENT_NAMES, METHOD_PATHS } from '@shared/ipc/methods';
import type { Api } from '@shared/ipc/types';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let api: Api;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = contextBridge.exposed.get('api') as Api;
});

describe('preload', () => {
  it('exposes exactly one key, api, once', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...contextBridge.exposed.keys()]).toEqual(['api']);
  });

  it('exposes one function per contract method plus on, and no IPC primitives', () => {
    const table = api as unknown as Record<string, Record<string, unknown>>;
    const exposedPaths = Object.entries(table)
      .filter(([domain]) => domain !== 'on')
      .flatMap(([domain, methods]) => Object.keys(methods).map((name) => `${domain}.${name}`));
    expect(exposedPaths.sort()).toEqual([...METHOD_PATHS].sort());
    for (const key of ['invoke', 'send', 'ipcRenderer', 'removeListener']) expect(Object.hasOwn(table, key)).toBe(false);
    expect(Object.keys(api.on)).toEqual([...EVENT_NAMES]);
  });

  it.each(METHOD_PATHS)('%s invokes its own channel with the input and returns the envelope', async (path) => {
    const [domain, name] = path.split('.') as [string, string];
    const method = (api as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[domain]?.[name];
    const envelope = { ok: true, value: path };
    ipcRenderer.invoke.mockResolvedValueOnce(envelope);
    await expect(method?.({ probe: 1 })).resolves.toBe(envelope);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channelFor(path), { probe: 1 });
  });

  it('delivers only the payload of an event, never the IPC event object', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.on.dataChanged((...args: unknown[]) => received.push(args));
    const ipcEvent = { sender: { send: () => undefined }, ports: [] };
    ipcRenderer.emit(eventChannelFor('dataChanged'), ipcEvent, { domains: ['datasets'] });
    expect(received).toEqual([[{ domains: ['datasets'] }]]);
    unsubscribe();
  });

  it('unsubscribe removes exactly that listener', () => {
    const channel = eventChannelFor('dataChanged');
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.on.dataChanged(first);
    const stopSecond = api.on.dataChanged(second);
    expect(ipcRenderer.listenerCount(channel)).toBe(2);

    stopFirst();
    expect(ipcRenderer.listenerCount(channel)).toBe(1);
    ipcRenderer.emit(channel, {}, { domains: ['goals'] });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith({ domains: ['goals'] });

    stopSecond();
    expect(ipcRenderer.listenerCount(channel)).toBe(0);
  });
});
