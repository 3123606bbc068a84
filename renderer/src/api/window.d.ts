import type { Api } from '@shared/ipc/types';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web host, where the fetch client is used. */
    api?: Api;
  }
}
