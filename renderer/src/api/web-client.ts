// Names only, computed from the contract at build time: the contract itself would bring zod and every schema into the first chunk.
import { EVENT_NAMES, METHOD_PATHS } from 'virtual:contract-names';
import { buildApi } from '@shared/ipc/api';
import { eventChannelFor } from '@shared/ipc/channels';
import { fail, type Result } from '@shared/ipc/result';
import type { Api, EventName } from '@shared/ipc/types';

const TOKEN_KEY = 'trajectory.webHostToken';

/**
 * The web host hands its token in the opening URL (?token=…). Keep it for this tab and take it
 * out of the address bar so it does not end up in screenshots or bookmarks.
 */
export function takeWebHostToken(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

/** The token this tab got from the web host, for requests outside the RPC client (uploads). */
export function storedWebHostToken(storage: Storage): string | null {
  return storage.getItem(TOKEN_KEY);
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** The renderer's api in the web host: the same contract, over fetch and server-sent events. */
export function createWebClient(token: string, baseUrl = ''): Api {
  let source: EventSource | null = null;
  const openSource = () => (source ??= new EventSource(`${baseUrl}/events?token=${encodeURIComponent(token)}`));

  return buildApi({
    async invoke(path, input): Promise<Result<unknown>> {
      try {
        const response = await fetch(`${baseUrl}/rpc/${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ input }),
        });
        const body: unknown = await response.json();
        return isResult(body) ? body : fail('INTERNAL', `The web host answered ${path} with something unexpected.`);
      } catch (error) {
        return fail('INTERNAL', `Cannot reach the Trajectory web host (${(error as Error).message}). Is it still running?`);
      }
    },
    subscribe(event: EventName, listener) {
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
      const channel = eventChannelFor(event);
      openSource().addEventListener(channel, handler);
      return () => source?.removeEventListener(channel, handler);
    },
  }, { methods: METHOD_PATHS, events: EVENT_NAMES });
}
