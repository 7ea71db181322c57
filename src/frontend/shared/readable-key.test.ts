import { keyedName, readableKey } from './readable-key';

describe('readableKey and keyedName', () => {
  it('keep the keys people read, Jira’s and the local host’s', () => {
    expect([readableKey('ATL'), readableKey('WEB-1'), keyedName('GRW-17', 'Black Friday 2026')]).toEqual(['ATL', 'WEB-1', 'GRW-17 Black Friday 2026']);
  });

  it('leave out an Asana gid, so an Asana project is named by its name alone', () => {
    expect([readableKey('1300000000000005'), keyedName('1300000000000005', 'Brand campaigns EMEA'), keyedName(undefined, 'Kestrel Marketing')]).toEqual([undefined, 'Brand campaigns EMEA', 'Kestrel Marketing']);
  });
});
