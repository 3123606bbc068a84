import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { deleteStudy, editStudy, listLog, logStudy, progressStats, setProgress } from '../services/progress';

export function progressHandlers({ db, clock, today }: CoreContext): Handlers['progress'] {
  return {
    set: (input) => setProgress(db, input, today(), clock()),
    logStudy: (input) => logStudy(db, input, today(), clock()),
    editStudy: (input) => editStudy(db, input, today(), clock()),
    deleteStudy: ({ eventId }) => deleteStudy(db, eventId, today(), clock()),
    log: (query) => listLog(db, query),
    stats: ({ streakUnit }) => progressStats(db, today(), streakUnit),
  };
}
