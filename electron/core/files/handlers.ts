import { AppError } from '@shared/ipc/result';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';

export function filesHandlers({ files, hostFiles }: CoreContext): Handlers['files'] {
  return {
    pickCsv: async () => {
      const picked = hostFiles ? await hostFiles.pickCsvFile() : null;
      return picked ? files.register(picked.path, picked.fileName, false) : null;
    },
    saveCsv: async ({ suggestedName, content }) => {
      if (!hostFiles) throw new AppError('VALIDATION', 'This host has no save dialog; the file is downloaded by the browser instead.');
      return { saved: await hostFiles.saveTextFile(suggestedName, content) };
    },
    release: ({ token }) => ({ released: files.release(token) }),
  };
}
