import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../support/temp-core';

// `npm run web` as a user runs it, with its own temporary folder (TMPDIR), to see what each way
// of stopping it leaves there.
const tmp = tempDir('trajectory-cli-tmp-');
const dbFile = path.join(tmp.dir, 'trajectory.sqlite');
/** Every host started, so a failing test leaves none running. */
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  tmp.remove();
});

const uploadFolders = () => readdirSync(tmp.dir).filter((name) => name.startsWith('trajectory-upload-'));

interface RunningHost {
  child: ChildProcess;
  url: string;
  token: string;
  exited: Promise<void>;
}

async function startHost(): Promise<RunningHost> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/cli.ts', '--db', dbFile, '--port', '0'], {
    cwd: REPO_ROOT,
    env: { ...process.env, TMPDIR: tmp.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const open = await new Promise<URL>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open: (\S+)/.exec(output);
      if (match?.[1]) resolve(new URL(match[1]));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`the web host stopped before it was ready:\n${output}`)));
  });
  return { child, url: `${open.origin}/`, token: open.searchParams.get('token') ?? '', exited };
}

async function uploadTo(host: RunningHost): Promise<void> {
  const answer = await fetch(`${host.url}upload?name=offers.csv`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}` },
    body: 'title,base\nSWE,100000\n',
  });
  expect(answer.status).toBe(200);
}

describe('the web host command and its upload folders', { timeout: 180_000 }, () => {
  it('sweeps at start what a host killed with SIGKILL left, and leaves nothing (not even an empty folder) after SIGTERM', async () => {
    const killed = await startHost();
    await uploadTo(killed);
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(uploadFolders()).toEqual([expect.stringMatching(new RegExp(`^trajectory-upload-${killed.child.pid}-`))]);

    const host = await startHost();
    expect(uploadFolders()).toEqual([]);
    await uploadTo(host);
    expect(uploadFolders()).toEqual([expect.stringMatching(new RegExp(`^trajectory-upload-${host.child.pid}-`))]);
    host.child.kill('SIGTERM');
    await host.exited;
    expect(host.child.exitCode).toBe(0);
    expect(uploadFolders()).toEqual([]);
  });
});
