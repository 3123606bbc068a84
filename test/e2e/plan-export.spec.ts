import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addScenario, shownSalary } from './projection-helpers';
import { rpc, seedFirstHour } from './seed';

const HOSTILE = '<img src=x onerror=alert(1)>';

interface Pdf {
  text: string;
  pages: number;
  images: number;
  /** Each drawn chart's resolution on paper (pixels per inch across). */
  imagePpi: number[];
}

/** Clicks Export, takes the download, and reads it back with poppler's tools. */
async function exportAndRead(app: Page, fileName = /^career-plan-.*\.pdf$/): Promise<Pdf> {
  const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-pdf-'));
  try {
    const downloaded = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Export PDF' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(fileName);
    const file = path.join(dir, 'plan.pdf');
    await download.saveAs(file);
    await expect(app.getByRole('region', { name: 'What goes in' }).getByRole('status')).toContainText('Downloaded career-plan-');
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // pdfimages lists each drawn chart as an "image" row (its transparency as a separate "smask" row).
    const imageRows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line));
    // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio.
    const imagePpi = imageRows.map((line) => Number(line.trim().split(/\s+/)[12]));
    return { text, pages, images: imageRows.length, imagePpi };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('career plan PDF', () => {
  test('holds the profile, every goal and roadmap skill, the charts, the sources and n / N footers', async ({ app, host }) => {
    await seedFirstHour(app, host);
    const profile = (await rpc(app, host, 'profile.get')) as Record<string, unknown>;
    await rpc(app, host, 'profile.save', { ...profile, name: 'Ada Lovelace' });
    await rpc(app, host, 'goals.create', { kind: 'custom', title: HOSTILE, dueDate: '2027-06-30' });
    const created = (await rpc(app, host, 'roadmap.create', { pathId: 'backend-foundations' })) as { id: number };
    const view = (await rpc(app, host, 'roadmap.get', { id: created.id })) as { items: Array<{ skillName: string }> };
    const goals = (await rpc(app, host, 'goals.list')) as Array<{ title: string }>;

    // Two scenarios, and their 1, 3 and 5-year salaries as the Projection screen shows them.
    await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projection' }).click();
    await addScenario(app, 'Stay the course', 'Stay');
    await addScenario(app, 'Change job in <year> (+x %)', 'New job');
    const shown: string[] = [];
    for (const scenario of ['Stay', 'New job']) for (const year of [1, 3, 5]) shown.push(await shownSalary(app, scenario, year));
    expect(new Set(shown).size).toBeGreaterThan(1);

    await app.goto(`${host.url}#/plan`);
    await expect(app.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible();
    const preview = app.getByRole('article', { name: 'Career plan' });
    await expect(preview.getByRole('cell', { name: HOSTILE })).toBeVisible();

    const pdf = await exportAndRead(app, /^career-plan-Ada-Lovelace-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.text).toContain('Career plan');
    expect(pdf.text).toContain('Ada Lovelace');
    expect(pdf.text).toContain('Software Developers');
    expect(pdf.text).toContain('Seattle');
    for (const goal of goals) expect(pdf.text).toContain(goal.title);
    // The hostile title is text, never markup: it is printed as typed.
    expect(pdf.text).toContain(HOSTILE);
    const flat = pdf.text.replace(/\s+/g, ' ');
    for (const item of view.items) expect(flat).toContain(item.skillName);
    expect(flat).toContain('U.S. Bureau of Labor Statistics');
    for (const figure of shown) expect(flat).toContain(figure);
    expect(flat).toMatch(/Stay\s.*New job|New job\s.*Stay/);
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    // Every page's footer says "n / N" (pdftotext may drop the spaces around the slash).
    for (let n = 1; n <= pdf.pages; n++) expect(pdf.text).toMatch(new RegExp(`\\b${n}\\s*/\\s*${pdf.pages}\\b`));
    // The roadmap timeline, the levels by category, the hours per week and the scenarios are drawn charts.
    expect(pdf.images).toBeGreaterThanOrEqual(4);
    // Printed at 1.5 device pixels per CSS pixel (print-ready.ts): sharp on paper, yet not the 2x
    // bitmaps that made Chromium's printing twice as slow.
    for (const ppi of pdf.imagePpi) expect(ppi).toBeGreaterThanOrEqual(150);
    for (const ppi of pdf.imagePpi) expect(ppi).toBeLessThan(200);
  });

  test('an empty plan is a short, valid PDF that says what is missing', async ({ app, host }) => {
    await app.goto(`${host.url}#/plan`);
    await expect(app.getByRole('article', { name: 'Career plan' })).toBeVisible();
    const pdf = await exportAndRead(app);
    expect(pdf.text).toContain('No profile yet');
    expect(pdf.text).toContain('No goals yet');
    expect(pdf.text).toContain('No active roadmap yet');
    expect(pdf.pages).toBeLessThanOrEqual(3);
    expect(pdf.text).toMatch(new RegExp(`\\b1\\s*/\\s*${pdf.pages}\\b`));
  });

  test('a second export prints the plan as it is then, not as the first one found it', async ({ app, host }) => {
    await seedFirstHour(app, host);
    await app.goto(`${host.url}#/plan`);
    await expect(app.getByRole('article', { name: 'Career plan' })).toBeVisible();
    const first = await exportAndRead(app);
    expect(first.text).not.toContain('Speak at a conference');
    // Changed elsewhere (as from another screen) after the host's print page has printed once.
    await rpc(app, host, 'goals.create', { kind: 'custom', title: 'Speak at a conference', dueDate: '2027-06-30' });
    await expect(app.getByRole('article', { name: 'Career plan' }).getByRole('cell', { name: 'Speak at a conference' })).toBeVisible();
    const second = await exportAndRead(app);
    expect(second.text).toContain('Speak at a conference');
  });

  test('only the chosen sections go in, on the chosen paper', async ({ app, host }) => {
    await seedFirstHour(app, host);
    await app.goto(`${host.url}#/plan`);
    const preview = app.getByRole('article', { name: 'Career plan' });
    await expect(preview.getByRole('heading', { name: 'Goals', exact: true })).toBeVisible();
    // The preview sits under the screen's own title: one h1 on the page, the document's title below it.
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Plan');
    await expect(preview.getByRole('heading', { name: 'Career plan', level: 2 })).toBeVisible();
    await app.getByRole('checkbox', { name: 'Goals' }).uncheck();
    await app.getByRole('radio', { name: 'US Letter' }).check();
    await expect(preview.getByRole('heading', { name: 'Goals', exact: true })).toHaveCount(0);
    const pdf = await exportAndRead(app);
    // The goals table is gone (its header row); the goal may still be named among goals due in the summary.
    expect(pdf.text).not.toMatch(/Goal\s+Kind\s+Due\s+Status/);
    expect(pdf.text).toMatch(/Skill\s+Category\s+Level\s+Target/);
  });
});
