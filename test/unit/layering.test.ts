import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/temp-core';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** Lints source text as if it lived at `file`, returning the rule ids that fired. */
async function rulesFiredFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layering (DESIGN.md dependency rules) is enforced by lint', () => {
  it.each([
    ['renderer/src/features/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
    ['renderer/src/features/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n"],
    ['renderer/src/features/x.ts', "import { createCore } from '../../../electron/core';\nexport const c = createCore;\n"],
    ['electron/core/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/core/services/x.ts', "import { createMainWindow } from '../../main/window';\nexport const w = createMainWindow;\n"],
    ['shared/domain/x.ts', "import path from 'node:path';\nexport const p = path;\n"],
    ['shared/domain/x.ts', "import { useState } from 'react';\nexport const u = useState;\n"],
    ['shared/domain/x.ts', "import { getApi } from '../../renderer/src/api';\nexport const g = getApi;\n"],
    ['electron/preload/x.ts', "import { createCore } from '../core';\nexport const c = createCore;\n"],
    ['electron/preload/x.ts', "import fs from 'node:fs';\nexport const f = fs;\n"],
    ['electron/preload/x.ts', "import { METHOD_PATHS } from '@shared/ipc/methods';\nexport const m = METHOD_PATHS;\n"],
    ['electron/preload/x.ts', "import { contract } from '@shared/ipc/contract';\nexport const c = contract;\n"],
    ['electron/preload/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['electron/web-host/x.ts', "import { BrowserWindow } from 'electron';\nexport const b = BrowserWindow;\n"],
  ])('%s: %s fails', async (file, code) => {
    const fired = await rulesFiredFor(file, code);
    expect(fired.some((r) => r === 'no-restricted-imports' || r === 'import-x/no-restricted-paths')).toBe(true);
  });

  it.each([
    ['renderer/src/features/x.ts', "import { ProfileInput } from '../../../shared/domain/profile';\nexport const p = ProfileInput;\n"],
    ['electron/core/services/x.ts', "import path from 'node:path';\nimport { ProfileInput } from '../../../shared/domain/profile';\nexport const p = [path, ProfileInput];\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { createCore } from '../core';\nexport const a = [app, createCore];\n"],
    ['electron/preload/x.ts', "import { buildApi } from '@shared/ipc/api';\nimport { channelFor } from '@shared/ipc/channels';\nexport const b = [buildApi, channelFor];\n"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await rulesFiredFor(file, code)).toEqual([]);
  });

  it('forbids any and ts-ignore everywhere', async () => {
    expect(await rulesFiredFor('shared/domain/x.ts', 'export const f = (x: any) => x;\n')).toContain('@typescript-eslint/no-explicit-any');
    expect(await rulesFiredFor('shared/domain/x.ts', '// @ts-ignore\nexport const y = 1;\n')).toContain('@typescript-eslint/ban-ts-comment');
  });
});
