import { asanaUserLinks } from './asana-user-links';

describe('asanaUserLinks', () => {
  it('links each Asana user to the person who names them, both ways, and nobody else', () => {
    const links = asanaUserLinks([{ id: 'p-ana-kowalska', asanaUserGid: '1201' }, { id: 'p-oliver-bennett' }]);
    expect([links.personOf('1201'), links.userOf('p-ana-kowalska'), links.personOf('1202'), links.userOf('p-oliver-bennett')]).toEqual(['p-ana-kowalska', '1201', undefined, undefined]);
  });

  it('keeps the first person when two name the same Asana user', () => {
    const links = asanaUserLinks([{ id: 'p-first', asanaUserGid: '1201' }, { id: 'p-second', asanaUserGid: '1201' }]);
    expect([links.personOf('1201'), links.userOf('p-second')]).toEqual(['p-first', undefined]);
  });
});
