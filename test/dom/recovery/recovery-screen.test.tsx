import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setApi } from '../../../renderer/src/api';
import { RecoveryGate } from '../../../renderer/src/RecoveryGate';
import { useAppStore } from '../../../renderer/src/store';
import { describeProblem, type DatabaseProblem, type RecoveryBackup, type RecoveryStatus } from '@shared/domain/recovery';
import { buildApi } from '@shared/ipc/api';
import { CONTRACT_NAMES } from '@shared/ipc/methods';
import { fail, ok, type Result } from '@shared/ipc/result';
import type { Transport } from '@shared/ipc/types';

const FILE = '/home/ana/.config/Trajectory/trajectory.sqlite';
const initialState = useAppStore.getState();

const ready: RecoveryStatus = { state: 'ready', file: FILE, problem: null, title: null, message: null, canRestoreBackup: false, canStartFresh: false, backups: [] };

function inRecovery(problem: DatabaseProblem, backups: RecoveryBackup[] = []): RecoveryStatus {
  return { state: 'recovery', file: FILE, problem, ...describeProblem(problem, FILE), canRestoreBackup: backups.some((b) => b.compatible), canStartFresh: true, backups };
}

const backup = (fileName: string, createdAt: string, compatible = true): RecoveryBackup => ({ fileName, kind: 'daily', createdAt, schemaVersion: 9, bytes: 2_400_000, compatible });

let status: RecoveryStatus;
let calls: Array<{ path: string; input: unknown }>;
let answer: (path: string) => Result<unknown> | null;
let fire: (event: string, payload: unknown) => void;

beforeEach(() => {
  calls = [];
  answer = () => null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  fire = (event, payload) => listeners.get(event)?.forEach((l) => l(payload));
  const transport: Transport = {
    invoke: vi.fn(async (path, input) => {
      calls.push({ path, input });
      return answer(path) ?? (path === 'recovery.status' ? ok(status) : fail('UNAVAILABLE', 'not in this test'));
    }),
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  setApi(buildApi(transport, CONTRACT_NAMES));
  useAppStore.setState(initialState, true);
});

const renderGate = () =>
  render(
    <RecoveryGate>
      <h1>Dashboard</h1>
    </RecoveryGate>,
  );

describe('RecoveryGate', () => {
  it('shows the app while the start-up check runs, then the recovery screen when core says the file is damaged', async () => {
    status = { ...ready, state: 'checking' };
    renderGate();
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();

    status = inRecovery({ kind: 'damaged', detail: 'On tree page 120 cell 0: invalid page number' });
    act(() => fire('recoveryChanged', { state: 'recovery' }));
    expect(await screen.findByRole('heading', { name: 'The database file is damaged', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Dashboard' })).toBeNull();
    expect(screen.getByText(FILE)).toBeTruthy();
  });

  it('a zero-byte file: says data was probably lost, backups first, restoring one brings the app back', async () => {
    status = inRecovery({ kind: 'empty', detail: '0 bytes' }, [
      backup('trajectory-daily-20261128-090000-000-schema9.sqlite', '2026-11-28T09:00:00.000Z'),
      backup('trajectory-daily-20261127-090000-000-schema9.sqlite', '2026-11-27T09:00:00.000Z'),
    ]);
    renderGate();
    expect(await screen.findByRole('heading', { name: 'The database file is empty', level: 1 })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/usually means the data was lost/);
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(['Restore a backup (recommended)', 'Start fresh']);

    const list = screen.getByRole('list');
    const buttons = within(list).getAllByRole('button', { name: /Restore the backup of/ });
    expect(buttons).toHaveLength(2);
    answer = (path) => {
      if (path !== 'recovery.restoreBackup') return null;
      status = { ...ready, state: 'checking' };
      return ok({ movedTo: [`${FILE}.empty-20261129-161000Z`] });
    };
    await userEvent.click(buttons[0] as HTMLElement);
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(calls).toContainEqual({ path: 'recovery.restoreBackup', input: { fileName: 'trajectory-daily-20261128-090000-000-schema9.sqlite' } });
  });

  it('a newer-version file: tells to update, and a backup from a newer version cannot be restored', async () => {
    status = inRecovery({ kind: 'newer', detail: 'schema 12', fileVersion: 12, knownVersion: 9 }, [
      { ...backup('trajectory-daily-20261128-090000-000-schema12.sqlite', '2026-11-28T09:00:00.000Z', false), schemaVersion: 12 },
    ]);
    renderGate();
    expect(await screen.findByRole('heading', { name: 'The database is from a newer version of Trajectory' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/Update Trajectory to open it/);
    expect(screen.getByText(/from a newer version of Trajectory: it cannot be opened here/)).toBeTruthy();
    expect((screen.getByRole('button', { name: /Restore the backup of/ }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Start fresh' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("start fresh on another app's file: a refusal is shown and the screen stays", async () => {
    status = inRecovery({ kind: 'foreign', detail: 'its tables are notes' });
    answer = (path) => (path === 'recovery.startFresh' ? fail('CONFLICT', 'A recovery is already under way.') : null);
    renderGate();
    expect(await screen.findByText(/There are no backups in \/home\/ana\/.config\/Trajectory\/backups/)).toBeTruthy();
    expect(screen.getByText(/trajectory\.sqlite\.other-app-…/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start fresh' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('A recovery is already under way.'));
    expect(screen.getByRole('heading', { name: 'The database file belongs to another application' })).toBeTruthy();
  });
});
