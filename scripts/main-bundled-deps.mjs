/**
 * Runtime packages bundled into the main process's and the worker threads' code (out/main) rather
 * than loaded from node_modules. Loaded from node_modules, each thread (the main process, the
 * core's worker, the import worker) loads every file of a package's entry: date-fns' index alone
 * is about 250 modules and 20 MB of memory per thread. Bundled, a thread holds only what the core
 * uses. All are plain JavaScript; better-sqlite3 (a native addon) and electron stay outside.
 */
export const MAIN_BUNDLED_DEPENDENCIES = ['date-fns', 'zod', 'drizzle-orm', 'papaparse', 'chardet', 'iconv-lite'];
