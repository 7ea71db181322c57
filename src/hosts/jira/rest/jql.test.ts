import fc from 'fast-check';
import { jqlDateTime, jqlIn, jqlReference, jqlString, taskJql } from './jql';

const UNESCAPE: Record<string, string> = { n: '\n', r: '\r', t: '\t' };

/** Reads one JQL string literal the way Jira's lexer does; returns its value and where it ended. */
function readLiteral(jql: string): { value: string; end: number } {
  if (jql[0] !== '"') throw new Error('not a literal');
  let value = '';
  for (let index = 1; index < jql.length; index += 1) {
    const character = jql[index] as string;
    if (character === '\\') {
      const next = jql[index + 1] ?? '';
      value += UNESCAPE[next] ?? next;
      index += 1;
    } else if (character === '"') {
      return { value, end: index };
    } else {
      value += character;
    }
  }
  throw new Error('unterminated literal');
}

describe('jqlString', () => {
  it('escapes quotes and backslashes', () => {
    expect(jqlString('Say "hi"')).toBe('"Say \\"hi\\""');
    expect(jqlString('C:\\briefs')).toBe('"C:\\\\briefs"');
  });

  it('keeps a value that tries to close the literal and add a clause inside the literal', () => {
    const attack = 'WEB" OR project = SECRET OR summary ~ "x';
    const literal = jqlString(attack);
    expect(readLiteral(literal)).toEqual({ value: attack, end: literal.length - 1 });
  });

  it('reads back as exactly the value, ending at its last character, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const literal = jqlString(value);
        expect(readLiteral(literal)).toEqual({ value, end: literal.length - 1 });
      }),
    );
  });
});

describe('jqlReference and jqlIn', () => {
  it('writes numeric ids bare and keys quoted', () => {
    expect(jqlReference('10042')).toBe('10042');
    expect(jqlReference('WEB-12')).toBe('"WEB-12"');
    expect(jqlIn('project', ['10000', 'EML'])).toBe('project in (10000, "EML")');
  });

  it('refuses empty ids and empty lists, which Jira would reject as broken JQL', () => {
    expect(() => jqlReference(' ')).toThrow('Empty id in a JQL list');
    expect(() => jqlIn('id', [])).toThrow('JQL "id in ()" needs at least one value');
  });
});

describe('jqlDateTime', () => {
  it("writes the minute in the acting user's zone", () => {
    expect(jqlDateTime('2026-11-23T09:30:45Z', 'Europe/Warsaw')).toBe('"2026-11-23 10:30"');
    expect(jqlDateTime('2026-03-29T01:15:00Z', 'Europe/Warsaw')).toBe('"2026-03-29 03:15"');
  });

  it('without the zone, starts 12 hours earlier so no zone can narrow the window', () => {
    expect(jqlDateTime('2026-11-23T09:30:45+01:00')).toBe('"2026-11-22 20:30"');
  });
});

describe('taskJql', () => {
  it('joins projects, ids, an updated-since time and open-only into one bounded query', () => {
    const jql = taskJql({ projectIds: ['10000', '10001'], taskIds: ['10042'], openOnly: true, updatedSince: '2026-11-23T09:30:00Z' }, 'Europe/Warsaw');
    expect(jql).toBe('project in (10000, 10001) AND id in (10042) AND updated >= "2026-11-23 10:30" AND statusCategory != Done');
  });

  it('refuses a query with nothing to bound it, as Jira would', () => {
    expect(() => taskJql({ openOnly: true })).toThrow('A task search needs projectIds, taskIds or updatedSince');
  });
});
