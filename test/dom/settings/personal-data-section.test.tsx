import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonalDataSection } from '../../../renderer/src/features/settings/PersonalDataSection';
import { connectRealCore } from '../skills/skills-dom-core';

type Real = Awaited<ReturnType<typeof connectRealCore>>;
let real: Real;

// jsdom has no web host to upload to or download from: the file goes straight into the core's
// inbox (as the host's /upload does) and the download is taken from the core's shelf.
const fileApi = vi.hoisted(() => ({ downloaded: [] as string[] }));
vi.mock('../../../renderer/src/api/files', async (original) => ({
  ...(await original<typeof import('../../../renderer/src/api/files')>()),
  hasNativeDialogs: () => false,
  uploadFile: async (file: File) => {
    const target = path.join(path.dirname(real.core.dbFile), `upload-${Date.now()}.json`);
    writeFileSync(target, await file.text());
    return real.core.files.register(target, file.name, () => rmSync(target, { force: true }));
  },
  downloadExport: async (token: string) => {
    const download = real.core.downloads.take(token);
    fileApi.downloaded.push(Buffer.from(download?.bytes ?? new Uint8Array()).toString('utf8'));
  },
}));

beforeEach(async () => {
  real = await connectRealCore();
  fileApi.downloaded.length = 0;
});
afterEach(() => real.core.dispose());

const goalTitles = () => real.core.store.sqlite.prepare('SELECT title FROM goals ORDER BY id').pluck().all();

describe('Settings → Personal data file', () => {
  it('exports, previews a file with counts per section, asks before replacing, then shows what the data holds', async () => {
    const user = userEvent.setup();
    await real.dispatch('goals.create', { title: 'Learn Go', kind: 'custom', dueDate: '2099-06-01' });
    render(<PersonalDataSection />);

    await user.click(screen.getByRole('button', { name: /Export my data/ }));
    await screen.findByText(/Exported to trajectory-data-.*\.json/);
    expect(JSON.parse(fileApi.downloaded[0] ?? '{}')).toMatchObject({ format: 'trajectory-personal-data', version: 1, goals: [{ title: 'Learn Go' }] });

    await real.dispatch('goals.create', { title: 'Made after the export', kind: 'custom', dueDate: '2099-07-01' });
    await user.upload(screen.getByLabelText(/Import a file/), new File([fileApi.downloaded[0] ?? ''], 'mine.json', { type: 'application/json' }));
    const holds = await screen.findByLabelText('What the file holds');
    expect(within(holds).getByText('Goals').nextElementSibling?.textContent).toBe('1');

    await user.click(screen.getByRole('button', { name: 'Replace…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace all your data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Replace my data' }));
    const result = await screen.findByRole('region', { name: 'Import result' });
    expect(within(result).getByText('Your data was replaced by the file')).toBeTruthy();
    expect(goalTitles()).toEqual(['Learn Go']);
  });

  it('a file it cannot import is explained in an alert, naming the field, and nothing changes', async () => {
    const user = userEvent.setup();
    await real.dispatch('goals.create', { title: 'Keep', kind: 'custom', dueDate: '2099-06-01' });
    render(<PersonalDataSection />);
    const bad = { format: 'trajectory-personal-data', version: 1, exportedAt: 'x', appVersion: '1', schemaVersion: 1, profile: null,
      skills: { custom: [], progress: [], estimates: [], resources: [], notes: [], edges: [] }, progressLog: [], roadmaps: [], scenarios: [], ladderEdits: [], datasets: [],
      goals: [{ id: 1, title: 'x', kind: 'custom', skillId: null, targetLevel: null, careerLevel: null, targetSalary: null, dueDate: 'soon', note: '', createdAt: 'x', completedAt: null, deletedAt: null }] };
    await user.upload(screen.getByLabelText(/Import a file/), new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/goals\[0\]\.dueDate: Due date must be a real date.*"soon"/);
    expect(screen.queryByRole('button', { name: 'Replace…' })).toBeNull();
    await waitFor(() => expect(goalTitles()).toEqual(['Keep']));
  });
});
