import type { Api } from '@shared/ipc/types';
import { createWebClient, takeWebHostToken } from './web-client';

let current: Api | null = null;

function detect(): Api {
  if (window.api) return window.api;
  const token = takeWebHostToken(window.location, window.sessionStorage, window.history);
  if (!token) {
    throw new Error('No connection to Trajectory: open the address the web host printed (it carries the access token).');
  }
  return createWebClient(token);
}

/** The api of this host: the preload's in Electron, the fetch client in the web host. */
export function getApi(): Api {
  current ??= detect();
  return current;
}

/** Lets tests (and a host that knows better) provide the api. */
export function setApi(api: Api): void {
  current = api;
}

export { ApiError, unwrap } from './unwrap';
