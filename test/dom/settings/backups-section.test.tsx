import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '@shared/domain/backups';
import { backupsDir } from '../../../electron/core/db/backup-files';
import { BackupsSection } from '../../../renderer/src/features/settings/BackupsSection';
import { useAppStore } from '../../../renderer/src/store';
import { VALID_PROFILE } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
});
afterEach(() => t.core.dispose());

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('Settings → Data: backups', { timeout: 60_000 }, () => {
  it('says there are none yet, then "Back up now" is disabled while it runs and the new backup is listed', async () => {
    render(<BackupsSection />);
    expect(await screen.findByText(/No backups yet/)).toBeTruthy();
    expect(screen.getByText(/Kept: every backup taken before an update, and the latest 10 daily backups, 10 you took and 10 taken before a restore\./)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    const running = screen.getByRole('button', { name: 'Backing up…' });
    expect((running as HTMLButtonElement).disabled).toBe(true);

    await screen.findByText(/^Backed up: taken by you backup of /);
    expect(rows()).toHaveLength(1);
    const cells = within(rows()[0] as HTMLElement);
    expect(cells.getByText('Taken by you')).toBeTruthy();
    expect(cells.getByRole('button', { name: /^Restore the taken by you backup of .+…$/ })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Back up now' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('restores a backup after confirming: the dialog says the current data is backed up first, and the data reloads', async () => {
    const user = userEvent.setup();
    await t.dispatch('profile.save', { ...VALID_PROFILE, name: 'Before' });
    await t.dispatch('backups.create');
    await t.dispatch('profile.save', { ...VALID_PROFILE, name: 'After' });
    await useAppStore.getState().loadProfile();
    expect(useAppStore.getState().profile?.name).toBe('After');
    render(<BackupsSection />);

    await user.click(await screen.findByRole('button', { name: /^Restore the taken by you backup/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Restore this backup?' });
    expect(dialog.textContent).toMatch(/Your data will be replaced with the taken by you backup of .+\. The current data is backed up first/);
    // The safe choice has the focus.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText(/^Restored the taken by you backup of .+ Your data from just before is kept as the before a restore backup of /)).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await expect.poll(() => useAppStore.getState().profile?.name).toBe('Before');
    expect(rows().map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['Before a restore', 'Taken by you']);
  });

  it('cancelling changes nothing', async () => {
    const user = userEvent.setup();
    await t.dispatch('profile.save', { ...VALID_PROFILE, name: 'Kept' });
    await t.dispatch('backups.create');
    render(<BackupsSection />);
    await user.click(await screen.findByRole('button', { name: /^Restore the taken by you backup/ }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(t.calls('backups.restore')).toEqual([]);
  });

  it('shows why a restore was refused in an alert, and the data stays', async () => {
    const user = userEvent.setup();
    await t.dispatch('profile.save', { ...VALID_PROFILE, name: 'Current' });
    const taken = (await t.dispatch('backups.create')) as BackupInfo;
    writeFileSync(path.join(backupsDir(t.core.dbFile), taken.fileName), 'not a database '.repeat(500));
    render(<BackupsSection />);

    await user.click(await screen.findByRole('button', { name: /^Restore the taken by you backup/ }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Restore' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(new RegExp(`^The backup “${taken.fileName}” (cannot be read as a database|is damaged).*; nothing was changed\\.$`));
    expect(((await t.dispatch('profile.get')) as { name: string }).name).toBe('Current');
    expect(rows()).toHaveLength(1);
  });
});
