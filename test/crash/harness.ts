import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { REPO_ROOT, tempDir } from '../support/temp-core';
import type { ChildMessage, CrashOperation, State } from './operation';
import { OPERATIONS, type OperationName } from './operations';

const CHILD = path.join(REPO_ROOT, 'test/crash/child.ts');
const MAX_EXTRA_KILLS = 3;

/** When to kill: `delayMs` after the `count`-th `trigger` message of the child. */
export interface KillPlan {
  trigger: Exclude<ChildMessage, 'done'>;
  count: number;
  delayMs: number;
}

/** Where the kill landed, by what the child had said: before "started", after "done", or in between. */
export type Landed = 'before' | 'during' | 'after' | 'not killed (finished first)';

export interface Trial {
  plan: KillPlan;
  landed: Landed;
  /** Which reference state the folder held right after the kill (null: neither — a failure). */
  matched: 'before' | 'after' | null;
  /** And after the app started on it again, when the operation has a recovery step. */
  recovered: 'before' | 'after' | null | 'n/a';
  evidence: string | null;
  /**
   * The kill provably cut the operation: it came after "started" and the folder shows the
   * operation begun but not finished (the before state, or evidence such as hidden rows). A kill
   * "during" that finds the after state may have come as the operation ended: not counted.
   */
  cutMidway: boolean;
  /** The observed state when it matched neither reference, for the failure message. */
  state?: State;
}

export interface CrashReport {
  operation: OperationName;
  seed: number;
  size: number;
  /** The uninterrupted run, from "started" to "done" as the parent saw it. */
  referenceMs: number;
  referenceProgress: number;
  trials: Trial[];
}

/** A small seeded PRNG (mulberry32): the same seed gives the same kill plans. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Run {
  landed: Landed;
  startedAt: number | null;
  doneAt: number | null;
  progress: number;
}

/** Runs the child on `dir`; with a plan, SIGKILLs it at that moment. Resolves when it has exited. */
function runChild(operation: OperationName, dir: string, plan: KillPlan | null): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, operation, dir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const seen: Record<ChildMessage, number> = { ready: 0, started: 0, progress: 0, done: 0 };
  const run: Run = { landed: 'not killed (finished first)', startedAt: null, doneAt: null, progress: 0 };
  let stderr = '';
  let buffered = '';
  let killed = false;
  const kill = () => {
    if (killed || child.exitCode !== null || child.signalCode !== null) return;
    killed = true;
    run.landed = seen.done > 0 ? 'after' : seen.started > 0 ? 'during' : 'before';
    child.kill('SIGKILL');
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const message = line.trim() as ChildMessage;
      if (!(message in seen)) continue;
      seen[message] += 1;
      if (message === 'started') run.startedAt = performance.now();
      if (message === 'done') run.doneAt = performance.now();
      if (message === 'progress') run.progress += 1;
      if (plan && message === plan.trigger && seen[message] === plan.count) {
        if (plan.delayMs <= 0) kill();
        else setTimeout(kill, plan.delayMs);
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (killed && signal === 'SIGKILL') resolve(run);
      else if (code === 0 && seen.done === 1) resolve(run);
      else reject(new Error(`crash child (${operation}) exited with ${signal ?? code}:\n${stderr}`));
    });
  });
}

/**
 * Kill moments, from the uninterrupted run's length: one soon after "ready" (may land before the
 * start), one at "started" itself, one near the end, the rest anywhere in the run (or after a
 * random progress message when the run reports progress). Delays are fractions of the measured
 * run, never a fixed guess, and each trial records where its kill actually landed.
 */
export function killPlans(count: number, random: () => number, referenceMs: number, referenceProgress: number): KillPlan[] {
  const plans: KillPlan[] = [
    { trigger: 'ready', count: 1, delayMs: random() * 0.3 * referenceMs },
    { trigger: 'started', count: 1, delayMs: 0 },
    { trigger: 'started', count: 1, delayMs: (0.85 + random() * 0.3) * referenceMs },
  ];
  for (let i = plans.length; i < count; i++) {
    if (referenceProgress >= 2 && i % 2 === 1) {
      plans.push({ trigger: 'progress', count: 1 + Math.floor(random() * referenceProgress), delayMs: random() * (referenceMs / referenceProgress) });
    } else {
      plans.push({ trigger: 'started', count: 1, delayMs: random() * 1.1 * referenceMs });
    }
  }
  return plans.slice(0, count);
}

function match(state: State, before: State, after: State): 'before' | 'after' | null {
  if (isDeepStrictEqual(state, before)) return 'before';
  if (isDeepStrictEqual(state, after)) return 'after';
  return null;
}

/**
 * Prepares the operation's "before" folder once, runs it once uninterrupted for the "after"
 * state, then `trials` times on a fresh copy with a SIGKILL at a seeded random moment, comparing
 * each folder with both references.
 */
export async function runCrashTrials(name: OperationName, { size, trials, seed }: { size: number; trials: number; seed: number }): Promise<CrashReport> {
  const operation: CrashOperation = await OPERATIONS[name]();
  const temp = tempDir(`trajectory-crash-${name}-`);
  try {
    const pristine = path.join(temp.dir, 'before');
    mkdirSync(pristine);
    await operation.prepare(pristine, size);
    const copy = (label: string) => {
      const dir = path.join(temp.dir, label);
      cpSync(pristine, dir, { recursive: true });
      return dir;
    };

    const before = (await operation.observe(copy('reference-before'))).state;
    const referenceDir = copy('reference-after');
    const reference = await runChild(name, referenceDir, null);
    const after = (await operation.observe(referenceDir)).state;
    if (isDeepStrictEqual(before, after)) throw new Error(`${name}: the operation changed nothing, so no kill could tell before from after`);
    const referenceMs = (reference.doneAt ?? 0) - (reference.startedAt ?? 0);

    const random = seededRandom(seed);
    const results: Trial[] = [];
    const trial = async (plan: KillPlan) => {
      const dir = copy(`trial-${results.length}`);
      const run = await runChild(name, dir, plan);
      const observed = await operation.observe(dir);
      const matched = match(observed.state, before, after);
      const recovered = operation.recover ? match(await operation.recover(dir), before, after) : 'n/a';
      const cutMidway = run.landed === 'during' && (matched === 'before' || observed.evidence !== null);
      results.push({ plan, landed: run.landed, matched, recovered, evidence: observed.evidence, cutMidway, ...(matched ? {} : { state: observed.state }) });
      rmSync(dir, { recursive: true, force: true });
    };
    for (const plan of killPlans(trials, random, referenceMs, reference.progress)) await trial(plan);
    // On a very busy machine the parent may hear "started" late; a few more kills right at
    // "started" make sure at least one cuts the operation (a condition, not a timing guess).
    for (let extra = 0; extra < MAX_EXTRA_KILLS && !results.some((t) => t.cutMidway); extra++) {
      await trial({ trigger: 'started', count: 1, delayMs: 0 });
    }
    return { operation: name, seed, size, referenceMs, referenceProgress: reference.progress, trials: results };
  } finally {
    temp.remove();
  }
}

export function formatReport(report: CrashReport): string {
  const lines = [
    `${report.operation} (size ${report.size}, seed ${report.seed}): uninterrupted run ${Math.round(report.referenceMs)} ms, ${report.referenceProgress} progress messages`,
  ];
  for (const t of report.trials) {
    const when = `${t.plan.trigger}#${t.plan.count} +${Math.round(t.plan.delayMs)} ms`;
    lines.push(
      `  kill at ${when.padEnd(22)} landed ${t.landed.padEnd(7)}${t.cutMidway ? ' (cut)' : ''} → ${t.matched ?? 'NEITHER'}` +
        `${t.recovered === 'n/a' ? '' : `, after restart ${t.recovered ?? 'NEITHER'}`}${t.evidence ? ` (${t.evidence})` : ''}`,
    );
  }
  return lines.join('\n');
}
