import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/temp-core';

const parsedFiles = new Map<string, ts.SourceFile | undefined>();

/**
 * Type-checks one in-memory file as if it lived in `folder`, under that folder's own tsconfig,
 * and returns the diagnostic codes. Nothing is written to the repository.
 */
function diagnosticsFor(folder: string, code: string): number[] {
  const configPath = path.join(REPO_ROOT, folder, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
  const probe = path.join(REPO_ROOT, folder, '__layering_probe__.ts');
  const options = { ...parsed.options, noEmit: true, composite: false, declaration: false, emitDeclarationOnly: false };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => f === probe || ts.sys.fileExists(f);
  host.readFile = (f) => (f === probe ? code : readFile(f));
  host.getSourceFile = (f, lang) => {
    if (f === probe) return ts.createSourceFile(f, code, lang);
    // The lib and @types files are the same for every probe: parse them once, not once per case.
    const key = `${f}:${JSON.stringify(lang)}`;
    const cached = parsedFiles.get(key) ?? getSourceFile(f, lang);
    if (cached) parsedFiles.set(key, cached);
    return cached;
  };
  const program = ts.createProgram({ rootNames: [probe], options, host });
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === probe).map((d) => d.code);
}

const NODE_IMPORT = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
const NODE_GLOBAL = 'export const cwd = process.cwd();\n';
const DOM_GLOBAL = 'export const title = document.title;\n';

describe('layering is enforced by each folder’s tsconfig', () => {
  // Parsing TypeScript's DOM and Node declarations is the one slow step (seconds on a busy
  // machine); done once here, under a hang guard, each case below only checks its probe.
  beforeAll(() => {
    diagnosticsFor('renderer', DOM_GLOBAL);
    diagnosticsFor('electron/core', NODE_IMPORT);
  }, 60_000);

  it.each([
    ['renderer', NODE_IMPORT],
    ['renderer', NODE_GLOBAL],
    ['shared', NODE_IMPORT],
    ['shared', DOM_GLOBAL],
    ['electron/core', DOM_GLOBAL],
    ['electron/preload', NODE_IMPORT],
  ])('%s rejects %j', (folder, code) => {
    expect(diagnosticsFor(folder, code).length).toBeGreaterThan(0);
  });

  it.each([
    ['renderer', DOM_GLOBAL],
    ['electron/core', NODE_IMPORT],
    ['electron/web-host', NODE_IMPORT],
  ])('%s accepts %j', (folder, code) => {
    expect(diagnosticsFor(folder, code)).toEqual([]);
  });
});
