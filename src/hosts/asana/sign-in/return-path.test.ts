import { ReturnPathError, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a report path under the mount, with its query, and folds dot segments that stay inside', () => {
    expect(safeReturnPath('/asana/workspaces/1200/reports/budget', '/asana')).toBe('/asana/workspaces/1200/reports/budget');
    expect(safeReturnPath('/asana/workspaces/1200/reports/capacity?weeks=8', '/asana')).toBe('/asana/workspaces/1200/reports/capacity?weeks=8');
    expect(safeReturnPath('/asana/workspaces/1200/reports/../reports/duplicates', '/asana')).toBe('/asana/workspaces/1200/reports/duplicates');
  });

  it.each([
    ['https://evil.example/asana/workspaces/1200', 'is not a path on this site'],
    ['//evil.example/asana/', 'is not a path on this site'],
    ['/\\evil.example/asana/', 'holds characters a path may not'],
    ['/asana/../admin', 'is not under /asana/'],
    ['/asana', 'is not under /asana/'],
    ['/asanaevil/x', 'is not under /asana/'],
    ['javascript:alert(1)', 'is not a path on this site'],
    ['/asana/\tx', 'holds characters a path may not'],
    ['asana/workspaces', 'is not a path on this site'],
  ])('refuses %j as an open redirect (%s)', (raw, why) => {
    expect(() => safeReturnPath(raw, '/asana')).toThrow(ReturnPathError);
    expect(() => safeReturnPath(raw, '/asana')).toThrow(`return: "${raw}" ${why}; expected a path under /asana/, e.g. /asana/workspaces/1200445566/reports/duplicates`);
  });
});
