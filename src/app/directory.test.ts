import { nameLookup, projectKeyOf } from './directory';

describe('nameLookup', () => {
  it('finds the names the host knows and nothing for the rest', () => {
    const names = nameLookup({
      people: [{ id: 'p-jakub-mazur', name: 'Jakub Mazur' }],
      teams: [{ id: 'team-wrzos', name: 'Studio Wrzos' }],
      projects: [{ id: 'prj-launch', key: 'ATL', name: 'Atlas 3 Launch' }],
    });
    expect([names.person('p-jakub-mazur'), names.team('team-wrzos'), names.project('prj-launch')]).toEqual(['Jakub Mazur', 'Studio Wrzos', { key: 'ATL', name: 'Atlas 3 Launch' }]);
    expect([names.person('5b10ac8d82e05b22cc7d4ef5'), names.team('team-wrzos-2'), names.project('10001')]).toEqual([undefined, undefined, undefined]);
    expect(nameLookup().person('p-jakub-mazur')).toBeUndefined();
  });
});

describe('projectKeyOf', () => {
  it('reads the project key out of a Jira-style key, and falls back to the id', () => {
    expect(projectKeyOf('ATL-36', '10001')).toBe('ATL');
    expect(projectKeyOf('WEB_2-7', '10002')).toBe('WEB_2');
    expect(projectKeyOf('1204816', '10003')).toBe('10003');
  });
});
