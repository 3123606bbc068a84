import type { AppInfo } from '@shared/ipc/contract';
import type { Db, Store } from './db/store';
import type { DownloadShelf } from './downloads';
import type { EventBus } from './events';
import type { FileInbox, HostFiles } from './files';
import type { JobRunner } from './jobs/job-runner';
import type { PlanPdfHost } from './plan/pdf-host';
import type { BackupService } from './services/backups';

/** Today's date and the current instant; tests pass a fixed clock so "today" is deterministic. */
export type Clock = () => Date;

/** What every domain's handlers may use: built once per core by createCore. */
export interface CoreContext {
  store: Store;
  db: Db;
  events: EventBus;
  jobs: JobRunner;
  clock: Clock;
  /** Today as YYYY-MM-DD, from the clock. */
  today(): string;
  info: Omit<AppInfo, 'schemaVersion'>;
  /** Bundled data (resources/data): the article's city map is read from here. */
  dataDir: string;
  files: FileInbox;
  /** Files made for a host without save dialogs to fetch once (the web host's /download/<token>). */
  downloads: DownloadShelf;
  /** Native dialogs, where the host has them (Electron). */
  hostFiles?: HostFiles;
  /** Turns the print route into a PDF and hands it over (Electron, the web host); absent in tests that do not print. */
  pdfHost?: PlanPdfHost;
  /** Backups of the database file (Settings → Data). */
  backups: BackupService;
}
