import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonalDataFile, normalisePersonalData, type PersonalDataFile as File } from '@shared/domain/personal-data';
import { applyPersonalData } from '../../../electron/core/services/personal-data/apply';
import { readPersonalData } from '../../../electron/core/services/personal-data/read';
import { personalDataArb } from '../../support/personal-data-arbitraries';
import { openTempCore } from '../../support/temp-core';

let core: Awaited<ReturnType<typeof openTempCore>>;
beforeAll(async () => {
  core = await openTempCore();
});
afterAll(() => core.dispose());

const meta = { exportedAt: '2026-11-29T12:00:00.000Z', appVersion: '1.2.3' };
/** What an export sets itself: when, by which app, from which schema. */
const withoutStamp = (file: File) => ({ ...file, exportedAt: '', appVersion: '', schemaVersion: 0 });

describe('personal data file round trip (real SQLite file)', () => {
  it('import (replace) then export gives back the input, in the export order; export → import → export is identical', () => {
    fc.assert(
      fc.property(personalDataArb, (input) => {
        const parsed = PersonalDataFile.parse(input);
        applyPersonalData(core.store.sqlite, parsed, 'replace', new Date());
        const exported = readPersonalData(core.store.sqlite, meta);
        expect(PersonalDataFile.safeParse(exported).success).toBe(true);
        expect(withoutStamp(exported)).toEqual(withoutStamp(normalisePersonalData(parsed)));

        const text = JSON.stringify(exported);
        applyPersonalData(core.store.sqlite, PersonalDataFile.parse(JSON.parse(text)), 'replace', new Date());
        expect(JSON.stringify(readPersonalData(core.store.sqlite, meta))).toBe(text);
      }),
      { numRuns: 40 },
    );
  });
});
