import type { PickedFile } from '@shared/domain/salary-import';
import { loadInputSchemas } from '../load-input-schemas';
import { ApiError } from './unwrap';
import { storedWebHostToken } from './web-client';

/** Electron's preload provides window.api and native dialogs; the web host has neither. */
export function hasNativeDialogs(): boolean {
  return Boolean(window.api);
}

/**
 * The web host's replacement for the open dialog: posts the chosen file's bytes to the host,
 * which keeps them in a private temporary folder and answers with a token for the core.
 */
export async function uploadFile(file: File): Promise<PickedFile> {
  const token = storedWebHostToken(window.sessionStorage);
  if (!token) throw new ApiError('UNAUTHORIZED', 'No connection to the Trajectory web host.');
  const response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  const body: unknown = await response.json();
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    if (body.ok === true && 'value' in body) return (await loadInputSchemas()).PickedFile.parse(body.value);
    if ('error' in body && typeof body.error === 'object' && body.error !== null && 'message' in body.error) {
      throw new ApiError('VALIDATION', String(body.error.message));
    }
  }
  throw new ApiError('INTERNAL', 'The web host answered the upload with something unexpected.');
}

/** A download without navigation: a Blob URL on a temporary anchor (allowed by the CSP). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Fetches a file the web host made for this tab (a PDF or data export), once, and saves it as a download. */
export async function downloadExport(token: string, fileName: string): Promise<void> {
  const auth = storedWebHostToken(window.sessionStorage);
  if (!auth) throw new ApiError('UNAUTHORIZED', 'No connection to the Trajectory web host.');
  const response = await fetch(`/download/${encodeURIComponent(token)}`, { headers: { Authorization: `Bearer ${auth}` } });
  if (!response.ok) throw new ApiError('NOT_FOUND', 'The file was made but could not be downloaded: export it again.');
  downloadBlob(fileName, await response.blob());
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
