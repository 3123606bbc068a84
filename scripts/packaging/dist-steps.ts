import path from 'node:path';
import { electronBinaryFile } from '../electron-native-lib.mjs';

/** One command of `npm run dist`, run with the repo as working folder. */
export interface Step {
  title: string;
  command: string;
  args: string[];
}

export interface DistDeps {
  repoRoot: string;
  /** node's own path, to run the project's scripts and CLIs with the same Node. */
  nodePath: string;
  /** Runs a step with its output shown; resolves to its exit code. */
  run: (step: Step) => Promise<number>;
  exists: (file: string) => boolean;
  readText: (file: string) => string;
  log: (message: string) => void;
}

export const MISSING_ELECTRON_MESSAGE =
  '`npm run dist` packs the Electron binary that `npm start` downloads into node_modules/electron, ' +
  'and it is not there. Run `npm start` once on a machine with network access (or ' +
  '`node node_modules/electron/install.js`), then `npm run dist` again.';

/** The build, then electron-builder for the current OS with the targets of electron-builder.config.ts. */
export function buildSteps(repoRoot: string, nodePath: string): Step[] {
  const bin = (pkg: string, file: string) => path.join(repoRoot, 'node_modules', pkg, file);
  return [
    { title: 'Building the renderer, preload and main bundles', command: nodePath, args: [bin('electron-vite', 'bin/electron-vite.js'), 'build'] },
    {
      title: 'Packing the installers for this OS',
      command: nodePath,
      args: [bin('electron-builder', 'cli.js'), '--config', 'electron-builder.config.ts', '--publish', 'never'],
    },
  ];
}

/**
 * The whole of `npm run dist`: the Electron binary and the Electron build of better-sqlite3
 * first (scripts/electron-native.mjs, which downloads what is missing and fails fast offline),
 * then a check that the binary really is there, then the build steps. Stops at the first failure.
 */
export async function runDist(deps: DistDeps): Promise<number> {
  const native: Step = {
    title: 'Making sure Electron and its build of better-sqlite3 are installed',
    command: deps.nodePath,
    args: [path.join(deps.repoRoot, 'scripts', 'electron-native.mjs')],
  };
  deps.log(native.title);
  const nativeStatus = await deps.run(native);
  const electronDir = path.join(deps.repoRoot, 'node_modules', 'electron');
  if (nativeStatus !== 0 || electronBinaryFile(electronDir, deps.exists, deps.readText) === null) {
    deps.log(MISSING_ELECTRON_MESSAGE);
    return nativeStatus === 0 ? 1 : nativeStatus;
  }
  for (const step of buildSteps(deps.repoRoot, deps.nodePath)) {
    deps.log(step.title);
    const status = await deps.run(step);
    if (status !== 0) {
      deps.log(`${step.title} failed (exit code ${status}).`);
      return status;
    }
  }
  deps.log(`Installers written to ${path.join(deps.repoRoot, 'dist')}.`);
  return 0;
}
