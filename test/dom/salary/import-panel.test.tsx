import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportProgress } from '@shared/domain/salary-import';
import { ImportPanel } from '../../../renderer/src/features/salary/ImportPanel';
import { useAppStore } from '../../../renderer/src/store';
import { tempDir } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
const temp = tempDir('trajectory-import-panel-');
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());
afterAll(() => temp.remove());

/** Chooses a file as the Import button would, up to the dialog with its preview. */
async function openDialog(name: string, text: string): Promise<ImportPreview> {
  const file = path.join(temp.dir, name);
  writeFileSync(file, text);
  const { token } = await t.core.files.register(file, name, false);
  const preview = (await t.dispatch('salary.previewImport', { token })) as ImportPreview;
  useAppStore.setState({ importState: { step: 'preview', preview, problem: null, issues: [] } });
  render(<ImportPanel onShowDataset={() => undefined} />);
  return preview;
}

const stillHeld = (token: string) => {
  try {
    t.core.files.get(token);
    return true;
  } catch {
    return false;
  }
};

describe('import dialog', { timeout: 60_000 }, () => {
  it('says which columns read the same and maps neither of them', async () => {
    await openDialog('offers.csv', 'Title,Base Salary,base_salary\nSWE,100000,90000\n');
    expect(screen.getByText('"Base Salary" (column 2) and "base_salary" (column 3) have nearly the same name: neither was mapped for you. Choose below which one holds what.')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Base pay' }) as HTMLSelectElement).value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Title / occupation' }) as HTMLSelectElement).value).toBe('0');
  });

  it('after a refused import, lets the file go and asks for it again instead of offering a retry that cannot work', async () => {
    const user = userEvent.setup();
    const preview = await openDialog('bad.csv', 'title,base\nSWE,lots\n');
    await user.click(screen.getByRole('button', { name: 'Import bad.csv' }));
    expect((await screen.findByRole('alert')).textContent).toContain('row 2, column base: "lots" is not an amount of money');
    expect((screen.getByRole('button', { name: 'Import bad.csv' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/To try again, choose the file again with Import CSV…/)).toBeTruthy();
    expect(stillHeld(preview.token)).toBe(false);
  });

  it('lets the file go when the dialog is closed', async () => {
    const user = userEvent.setup();
    const preview = await openDialog('offers.csv', 'title,base\nSWE,100000\n');
    expect(stillHeld(preview.token)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Close import' }));
    await waitFor(() => expect(t.calls('files.release')).toHaveLength(1));
    expect(stillHeld(preview.token)).toBe(false);
  });

  it('shows each step of a running import on one bar that keeps moving forward', async () => {
    const preview = await openDialog('offers.csv', 'title,base\nSWE,100000\n');
    const show = (progress: Omit<ImportProgress, 'token'>) =>
      act(() => useAppStore.setState({ importState: { step: 'importing', preview, progress: { token: preview.token, ...progress } } }));
    const base = { rows: 300_000, bytesRead: 18_000, totalBytes: 18_000, rowsPerSecond: 30_000 };
    const bar = () => screen.getByRole('progressbar', { name: 'Importing offers.csv' });

    show({ ...base, phase: 'importing', bytesRead: 9_000, phaseDone: 9_000, phaseTotal: 18_000, seconds: 5 });
    expect(bar().textContent).toContain('300,000 rows · 30,000 rows/s · step 1 of 3: reading and checking rows · 5 s');
    expect(bar().getAttribute('aria-valuenow')).toBe('25');

    // Sorting: half of its steps done, after the reading (half of the bar).
    show({ ...base, phase: 'sorting', phaseDone: 300_000, phaseTotal: 600_000, seconds: 11.5 });
    expect(bar().textContent).toContain('step 2 of 3: sorting by pay · 11.5 s');
    expect(bar().getAttribute('aria-valuenow')).toBe('60');

    show({ ...base, phase: 'committing', phaseDone: 150_000, phaseTotal: 300_000, seconds: 14 });
    expect(bar().textContent).toContain('step 3 of 3: saving · 14 s');
    expect(bar().getAttribute('aria-valuenow')).toBe('85');
  });
});
