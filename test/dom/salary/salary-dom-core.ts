import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportPreview, ImportResult } from '@shared/domain/salary-import';
import type { Result } from '@shared/ipc/result';
import { VALID_PROFILE, tempDir } from '../../support/temp-core';
import type { connectRealCore } from '../skills/skills-dom-core';

type Core = Awaited<ReturnType<typeof connectRealCore>>['core'];

async function valueOf<T>(pending: Promise<unknown>): Promise<T> {
  const result = (await pending) as Result<T>;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The profile of the new user (Seattle, mid-level, $150,000), changed as asked. */
export function saveProfile(core: Core, changes: Partial<Record<keyof typeof VALID_PROFILE, unknown>> = {}) {
  return valueOf(core.router.dispatch('profile.save', { ...VALID_PROFILE, areaCode: '0042660', ...changes }));
}

/** Imports a CSV through the core as the Import dialog would, with the guessed mapping. */
export async function importCsv(core: Core, name: string, text: string): Promise<ImportResult> {
  const temp = tempDir('trajectory-dom-csv-');
  try {
    const file = path.join(temp.dir, `${name}.csv`);
    writeFileSync(file, text);
    const { token } = await core.files.register(file, `${name}.csv`, false);
    const preview = await valueOf<ImportPreview>(core.router.dispatch('salary.previewImport', { token }));
    return await valueOf<ImportResult>(
      core.router.dispatch('salary.importCsv', { token, name, encoding: preview.encoding, delimiter: preview.delimiter, mapping: preview.mapping }),
    );
  } finally {
    temp.remove();
  }
}
