import { capacityReport } from '../../app/capacity-report';
import { makePerson, makeTask } from '../../core/capacity/test-support';
import { translatorFor } from '../shared/messages';
import { CapacityReportView } from '../shared/report-schemas';
import type { Directory } from '../../app/directory';
import { bandLegend, cellTaskRows, heatmap, projectOptions, roleOptions, unallocatedKeys, utilisationBand } from './heatmap-view-model';

const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');
const en = translatorFor('en');

/**
 * Two weeks from Monday 9 November 2026. Ana (designer, studio) has a 30-hour brochure and a 30-hour
 * banner in the first week against her 40 hours; Ben (designer and editor, agency) a 36-hour report.
 * Nobody is assigned the press kit.
 */
function twoWeeks(directory: Directory = {}) {
  const ana = makePerson({ id: 'ana', name: 'Ana Kowalska', teamId: 'studio', roles: ['designer'] });
  const ben = makePerson({ id: 'ben', name: 'Ben Ortiz', teamId: 'agency', roles: ['designer', 'editor'] });
  const tasks = [
    makeTask({ id: 'brochure', key: 'WEB-12', title: 'Spring brochure', assigneeId: 'ana', remainingMinutes: 1_800, startDate: '2026-11-09', dueDate: '2026-11-13' }),
    makeTask({ id: 'banner', key: 'WEB-13', title: 'Spring banner', assigneeId: 'ana', remainingMinutes: 1_800, startDate: '2026-11-09', dueDate: '2026-11-13' }),
    makeTask({ id: 'report', key: 'WEB-14', title: 'Quarterly report', assigneeId: 'ben', remainingMinutes: 2_160, startDate: '2026-11-09', dueDate: '2026-11-13' }),
    makeTask({ id: 'press-kit', key: 'WEB-15', title: 'Press kit', remainingMinutes: 600 }),
  ];
  const report = capacityReport({ tasks, people: [ana, ben], settings: { holidays: {} }, directory }, { start: '2026-11-09', weeks: 2 });
  return CapacityReportView.parse(JSON.parse(JSON.stringify(report)));
}

/** What the local host knows and Jira does not: the names of the studio, the agency and the website project. */
const NAMES: Directory = {
  teams: [
    { id: 'studio', name: 'Studio Kraków' },
    { id: 'agency', name: 'Brightwave Media' },
  ],
  projects: [{ id: 'web', key: 'WEB', name: 'Website relaunch' }],
};

describe('utilisationBand', () => {
  it('puts a cell in its band by utilisation, and any excess in "over"', () => {
    const cell = (allocatedMinutes: number, availableMinutes: number) => ({
      allocatedMinutes,
      availableMinutes,
      utilisationBasisPoints: availableMinutes === 0 ? null : Math.floor((allocatedMinutes * 10_000) / availableMinutes),
      overAllocated: allocatedMinutes > availableMinutes,
    });
    expect([cell(0, 0), cell(600, 2400), cell(1200, 2400), cell(2040, 2400), cell(2400, 2400), cell(2401, 2400), cell(60, 0)].map(utilisationBand)).toEqual([
      'off',
      'light',
      'steady',
      'full',
      'full',
      'over',
      'over',
    ]);
  });
});

describe('heatmap', () => {
  it('lists people, then the role rows, with Ana’s 60 hours of 40 flagged over and labelled for a screen reader', () => {
    const view = heatmap(twoWeeks(), { showRoles: true }, en, 'en');
    expect(view.head.map((week) => [week.key, plain(week.text)])).toEqual([
      ['2026-11-09', 'Nov 9 – 15'],
      ['2026-11-16', 'Nov 16 – 22'],
    ]);
    expect(view.rows.map((row) => [row.kind, row.name, row.detail, row.cells.map((cell) => `${cell.text} ${cell.band}`)])).toEqual([
      ['person', 'Ana Kowalska', 'studio', ['150% over', '0% light']],
      ['person', 'Ben Ortiz', 'agency', ['90% full', '0% light']],
      ['role', 'Role: designer', 'People: 2', ['120% over', '0% light']],
      ['role', 'Role: editor', 'People: 1', ['90% full', '0% light']],
    ]);
    expect(plain(view.rows[0]?.cells[0]?.label ?? '')).toBe('Ana Kowalska, Nov 9 – 15: Over-allocated: 60 hr of 40 hr');
  });

  it('narrows to one role: the people who have it and its own row', () => {
    const view = heatmap(twoWeeks(), { role: 'editor', showRoles: true }, en, 'en');
    expect(view.rows.map((row) => row.name)).toEqual(['Ben Ortiz', 'Role: editor']);
    expect(heatmap(twoWeeks(), { showRoles: false }, en, 'en').rows.map((row) => row.kind)).toEqual(['person', 'person']);
  });

  it('offers the roles as filter choices', () => {
    expect(roleOptions(twoWeeks().grid)).toEqual(['designer', 'editor']);
  });
});

describe('cellTaskRows', () => {
  it('opens Ana’s first week on the brochure and the banner, by key and title', () => {
    expect(cellTaskRows(twoWeeks(), ['ana'], '2026-11-09', 'en')).toEqual([
      { key: 'ana:banner', taskKey: 'WEB-13', title: 'Spring banner', project: 'WEB', person: 'Ana Kowalska', time: '30 hr' },
      { key: 'ana:brochure', taskKey: 'WEB-12', title: 'Spring brochure', project: 'WEB', person: 'Ana Kowalska', time: '30 hr' },
    ]);
  });

  it('names each item’s project and each person’s team where the host knows the names', () => {
    const report = twoWeeks(NAMES);
    expect(cellTaskRows(report, ['ana'], '2026-11-09', 'en').map((row) => row.project)).toEqual(['Website relaunch', 'Website relaunch']);
    expect(heatmap(report, { showRoles: false }, en, 'en').rows.map((row) => [row.name, row.detail])).toEqual([
      ['Ana Kowalska', 'Studio Kraków'],
      ['Ben Ortiz', 'Brightwave Media'],
    ]);
    expect(projectOptions(report)).toEqual([{ label: 'WEB Website relaunch', value: 'web' }]);
    // Jira knows neither: the team's id and the key from the work item's key stand in.
    expect(heatmap(twoWeeks(), { showRoles: false }, en, 'en').rows.map((row) => row.detail)).toEqual(['studio', 'agency']);
    expect(projectOptions(twoWeeks())).toEqual([{ label: 'WEB', value: 'web' }]);
  });

  it('opens a role’s cell on everyone’s work, largest first, and an empty week on nothing', () => {
    expect(cellTaskRows(twoWeeks(), ['ana', 'ben'], '2026-11-09', 'pl').map((row) => [row.taskKey, row.person, plain(row.time)])).toEqual([
      ['WEB-14', 'Ben Ortiz', '36 godz.'],
      ['WEB-13', 'Ana Kowalska', '30 godz.'],
      ['WEB-12', 'Ana Kowalska', '30 godz.'],
    ]);
    expect(cellTaskRows(twoWeeks(), ['ana'], '2026-11-16', 'en')).toEqual([]);
  });
});

describe('unallocatedKeys and bandLegend', () => {
  it('names the unassigned press kit by its key', () => {
    expect(unallocatedKeys(twoWeeks(), 'unassigned')).toEqual(['WEB-15']);
  });

  it('words the bands with the reader’s percent format', () => {
    expect(bandLegend(translatorFor('ru'), 'ru').map((entry) => plain(entry.text))).toEqual(['Нет рабочего времени', 'Меньше 50 %', 'От 50 % до 84 %', 'От 85 % до 100 %', 'Перегрузка']);
  });
});
