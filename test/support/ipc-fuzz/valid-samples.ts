// One valid input per contract method, for the fuzz tests to corrupt one field at a time. Ids
// name the rows `FIXTURE_CALLS` create on a fresh database (each table's first row is id 1);
// destructive methods name rows that do not exist, so a sample left whole by a mutation deletes
// nothing the other samples need.
import type { InputOf, MethodPath } from '@shared/ipc/types';
import { STAY_PARAMS } from '../scenario-params';
import { VALID_PROFILE } from '../temp-core';

type Samples = { [P in MethodPath]?: InputOf<P> };

const params: InputOf<'career.project'>['params'] = {
  ...STAY_PARAMS,
  growthSource: 'fuzz',
  events: [
    { kind: 'job-change', year: 2, raisePercent: 10 },
    { kind: 'relocation', year: 3, areaCode: '0042660' },
    { kind: 'occupation-change', year: 4, occupationCode: '11-3021', trackId: 'manager', levelId: 'manager' },
  ],
};

const token = 'tok_0123456789abcdef';
const MISSING = 999_999;

/** Calls that give every sample's ids something to point at; each must succeed. */
export const FIXTURE_CALLS: { [P in MethodPath]?: InputOf<P> }[] = [
  { 'profile.save': VALID_PROFILE },
  { 'skills.createCustom': { name: 'Fuzzing', category: 'practices', estimatedHours: 10 } },
  { 'roadmap.create': { name: 'Main', pathId: 'backend-foundations' } },
  { 'roadmap.addWeekOff': { roadmapId: 1, start: '2026-12-21', end: '2026-12-31', label: 'Holidays' } },
  { 'goals.create': { title: 'Senior', dueDate: '2027-06-01', kind: 'career-level', careerLevel: 'senior' } },
  { 'progress.logStudy': { skillId: 'git', date: '2026-11-01', minutes: 30 } },
  { 'skills.addResource': { skillId: 'git', title: 'Pro Git', url: 'https://git-scm.com/book' } },
  { 'career.createScenario': { name: 'Base', params } },
];

export const VALID_SAMPLES: Samples = {
  'profile.save': { ...VALID_PROFILE, name: 'Ada' },
  'salary.searchAreas': { query: 'seattle', limit: 10 },
  'salary.getArea': { code: '0041860' },
  'salary.bands': { occupationCode: '15-1252', areaCodes: ['0041860', '0042660'] },
  'salary.articleComparison': { occupationCode: '15-1252' },
  'salary.percentiles': { datasetId: 'bls-oews-2025', groupBy: ['area'] },
  'salary.previewImport': { token },
  'salary.importCsv': { token, name: 'Offers', note: '', encoding: 'utf-8', delimiter: ',', mapping: { title: 0, base: 1, currency: 2 }, defaultCurrency: 'USD', allowDuplicate: false },
  'salary.cancelImport': { token },
  'data.renameDataset': { id: 'bls-oews-2025', name: 'BLS' },
  'data.deleteDataset': { id: 'no-such-dataset' },
  'skills.get': { id: 'git' },
  'skills.createCustom': { name: 'Property testing', category: 'practices', description: 'fast-check', estimatedHours: 12.5 },
  'skills.deleteCustom': { id: 'no-such-skill' },
  'skills.restoreCustom': { id: 'no-such-skill' },
  'skills.addEdge': { from: 'git', to: 'docker', kind: 'recommended' },
  'skills.removeEdge': { from: 'git', to: 'docker', kind: 'recommended' },
  'skills.setEstimate': { id: 'git', estimatedHours: 40 },
  'skills.addResource': { skillId: 'docker', title: 'Docs', url: 'https://docs.docker.com/' },
  'skills.removeResource': { id: MISSING },
  'skills.saveNote': { skillId: 'git', body: 'Rebase with care.' },
  'progress.set': { skillId: 'git', level: 2, targetLevel: 4, status: 'learning' },
  'progress.logStudy': { skillId: 'docker', date: '2026-11-02', minutes: 45, note: 'compose' },
  'progress.editStudy': { eventId: 1, date: '2026-11-03', minutes: 60, note: 'longer' },
  'progress.deleteStudy': { eventId: MISSING },
  'progress.log': { skillId: 'git', limit: 20 },
  'progress.stats': { streakUnit: 'weeks' },
  'goals.create': { title: 'Salary', dueDate: '2028-01-01', note: '', kind: 'salary', targetSalary: 200000 },
  'goals.update': { id: 1, title: 'Senior soon', dueDate: '2027-09-01', note: 'n', kind: 'career-level', careerLevel: 'senior' },
  'goals.markDone': { id: MISSING },
  'goals.delete': { id: MISSING },
  'goals.restore': { id: 1 },
  'roadmap.get': { id: 1 },
  'roadmap.create': { name: 'Second', pathId: null },
  'roadmap.rename': { id: 1, name: 'Main roadmap' },
  'roadmap.duplicate': { id: 1, name: 'Copy' },
  'roadmap.setArchived': { id: MISSING, archived: true },
  'roadmap.delete': { id: MISSING },
  'roadmap.setActive': { id: 1 },
  'roadmap.addItem': { roadmapId: 1, skillId: 'docker', targetLevel: 3, withPrerequisites: true },
  'roadmap.removeItem': { id: MISSING },
  'roadmap.reorder': { roadmapId: 1, itemIds: [2, 1] },
  'roadmap.updateItem': { id: 1, targetLevel: 4, hoursOverride: 12, pinnedStart: '2026-12-07', status: 'planned' },
  'roadmap.setPlan': { id: 1, hoursPerWeek: 8, parallel: 2 },
  'roadmap.addWeekOff': { roadmapId: 1, start: '2027-01-04', end: '2027-01-10', label: 'Trip' },
  'roadmap.removeWeekOff': { id: MISSING },
  'dashboard.summary': { streakUnit: 'days' },
  'dashboard.firstScreen': { streakUnit: 'weeks' },
  'plan.exportPdf': { paper: 'letter', sections: ['cover', 'earnings'], scenarioIds: [1] },
  'plan.openPdf': { token: 'pdf-token' },
  'career.setLadderValue': { trackId: 'ic', levelId: 'mid', field: 'bandPercentile', value: 55 },
  'career.resetLadderValue': { trackId: 'ic', levelId: 'mid', field: 'bandPercentile' },
  'career.band': { datasetId: 'bls-oews-2025', occupationCode: '15-1252', areaCode: '0041860', level: null },
  'career.createScenario': { name: 'Move', params },
  'career.updateScenario': { id: 1, name: 'Base again', params },
  'career.deleteScenario': { id: MISSING },
  'career.projectionData': { params },
  'career.project': { params },
  'files.saveCsv': { suggestedName: 'export.csv', content: 'a,b\n1,2\n' },
  'files.release': { token },
  // A backup name of the right form that is not in the folder: refused, nothing restored.
  'backups.restore': { fileName: 'trajectory-manual-20261129-120000-000-schema8.sqlite' },
  'recovery.restoreBackup': { fileName: 'trajectory-daily-20261129-120000-000-schema8.sqlite' },
  'personalData.preview': { token },
  'personalData.import': { token, mode: 'merge' },
  'personalData.discard': { token },
};
