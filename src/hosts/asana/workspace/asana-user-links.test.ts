import { asanaUserLinks } from './asana-user-links';

describe('asanaUserLinks', () => {
  it('links each Asana user to the person who names them, both ways, and nobody else', () => {
    const links = asanaUserLinks([{ id: 'p-ana-kowalska', accounts: { asana: '1201' } }, { id: 'p-oliver-bennett' }, { id: 'p-sophie-turner', accounts: { wrike: '1202' } }]);
    expect([links.personOf('1201'), links.userOf('p-ana-kowalska'), links.personOf('1202'), links.userOf('p-oliver-bennett'), links.userOf('p-sophie-turner')]).toEqual([
      'p-ana-kowalska',
      '1201',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('refuses to guess when two people name the same Asana user', () => {
    expect(() => asanaUserLinks([{ id: 'p-first', accounts: { asana: '1201' } }, { id: 'p-second', accounts: { asana: '1201' } }])).toThrow(
      'Asana user 1201 is linked to both "p-first" and "p-second"; link each Asana user to one person on the admin page',
    );
  });

  it('refuses an Asana link that is not a gid, naming the person and the value', () => {
    expect(() => asanaUserLinks([{ id: 'p-ana-kowalska', accounts: { asana: 'ana@kestrel.example' } }])).toThrow(
      'Person "p-ana-kowalska" is linked to Asana user "ana@kestrel.example", which is not an Asana user\'s gid: An Asana gid is a string of digits, e.g. "1209876500000042"',
    );
  });
});
