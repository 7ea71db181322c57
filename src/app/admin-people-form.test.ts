import { DEMO_PEOPLE } from '../demo/people';
import { AsanaUserGid } from '../hosts/asana/workspace/asana-user-links';
import { checkPeopleForm, peopleForm, weekMinutes } from './admin-people-form';

const regions = ['PL', 'GB', 'DE', 'RU'];
const olivers = () => {
  const form = peopleForm(DEMO_PEOPLE);
  const index = form.findIndex((person) => person.id === 'p-oliver-bennett');
  return { form, index, oliver: form[index]! };
};

describe('peopleForm and checkPeopleForm', () => {
  it('give back every demo person unchanged when nothing was edited', () => {
    expect(checkPeopleForm(peopleForm(DEMO_PEOPLE), regions)).toEqual({ ok: true, people: DEMO_PEOPLE });
  });

  it('save Oliver Bennett going four days a week with a January week off', () => {
    const { form, index, oliver } = olivers();
    expect(oliver.timeOff).toEqual([{ start: '2026-12-21', end: '2026-12-24', reason: 'Annual leave' }]);
    form[index] = { ...oliver, minutesPerWeekday: ['480', '480', '480', '480', '0', '0', '0'], timeOff: [...oliver.timeOff, { start: '2027-01-11', end: '2027-01-15', reason: ' ' }] };
    const check = checkPeopleForm(form, regions);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.people[index]?.calendar).toEqual({
      timeZone: 'Europe/London',
      holidayRegion: 'GB',
      minutesPerWeekday: [480, 480, 480, 480, 0, 0, 0],
      timeOff: [
        { start: '2026-12-21', end: '2026-12-24', reason: 'Annual leave' },
        { start: '2027-01-11', end: '2027-01-15' },
      ],
    });
  });

  it('name the weekday, the zone, the region and the time off that are wrong', () => {
    const { form, index, oliver } = olivers();
    form[index] = {
      ...oliver,
      timeZone: 'Europe/Londn',
      holidayRegion: 'UK',
      minutesPerWeekday: ['480', '480', 'eight', '480', '1500', '0', '0'],
      timeOff: [{ start: '2027-01-15', end: '2027-01-11', reason: '' }],
    };
    const check = checkPeopleForm(form, regions);
    const at = `people.${index}.calendar`;
    expect(check.ok ? [] : check.problems.map((problem) => [problem.path, problem.code ?? problem.message])).toEqual([
      [`${at}.minutesPerWeekday.2`, 'not-a-whole-number'],
      [`${at}.holidayRegion`, 'Holiday region "UK" has no holiday list; known regions: PL, GB, DE, RU'],
      [`${at}.timeZone`, expect.stringMatching(/time zone|IANA/i)],
      [`${at}.minutesPerWeekday.4`, 'Working time per day cannot exceed 24 hours (1440 minutes)'],
      [`${at}.timeOff.0.end`, 'Time off must end on or after the day it starts'],
    ]);
  });
});

describe('the Asana user ID in the people form', () => {
  const asana = { asana: AsanaUserGid };

  it('links Oliver Bennett to his Asana user, trimmed, and leaves everyone else unlinked', () => {
    const { form, index, oliver } = olivers();
    expect(oliver.accounts).toEqual({});
    form[index] = { ...oliver, accounts: { asana: ' 1201234567890123 ' } };
    const check = checkPeopleForm(form, regions, asana);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.people[index]?.accounts).toEqual({ asana: '1201234567890123' });
    expect(check.people.filter((person) => person.accounts !== undefined)).toHaveLength(1);
    expect(peopleForm(check.people)[index]?.accounts).toEqual({ asana: '1201234567890123' });
  });

  it('names, with codes the page translates, an ID that is not digits and one already given to someone else', () => {
    const { form, index, oliver } = olivers();
    form[index] = { ...oliver, accounts: { asana: 'oliver@kestrel.example' } };
    form[0] = { ...form[0]!, accounts: { asana: '1201234567890123' } };
    form[1] = { ...form[1]!, accounts: { asana: '1201234567890123' } };
    const check = checkPeopleForm(form, regions, asana);
    expect(check.ok ? [] : check.problems.map(({ path, code, value, takenBy }) => ({ path, code, value, takenBy }))).toEqual([
      { path: 'people.1.accounts.asana', code: 'account-taken', value: '1201234567890123', takenBy: form[0]?.name },
      { path: `people.${index}.accounts.asana`, code: 'not-an-account-id', value: 'oliver@kestrel.example', takenBy: undefined },
    ]);
  });

  it('keeps an account of a host the page does not show, and clears one typed empty', () => {
    const { form, index, oliver } = olivers();
    form[index] = { ...oliver, accounts: { wrike: 'oliver@kestrel.example', asana: '  ' } };
    const check = checkPeopleForm(form, regions, asana);
    expect(check.ok && check.people[index]?.accounts).toEqual({ wrike: 'oliver@kestrel.example' });
  });
});

describe('weekMinutes', () => {
  it('adds up the working week as typed, counting unreadable days as nothing', () => {
    expect(weekMinutes(['480', '480', '480', '480', '240', '0', '0'])).toBe(2160);
    expect(weekMinutes(['480', 'x', '', '480', '480', '0', '0'])).toBe(1440);
  });
});
