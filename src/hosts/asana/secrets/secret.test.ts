import { inspect } from 'node:util';
import { Secret } from './secret';

describe('Secret', () => {
  const token = new Secret('2/1200445566/1209988:5f0c1d2e3a4b');

  it('never shows its text in strings, JSON, template literals or console output', () => {
    const logLine = `connected with ${token}`;
    const json = JSON.stringify({ workspace: '1200', token });
    const printed = inspect({ token }, { depth: 5, showHidden: true });
    for (const text of [logLine, json, printed, String(token)]) expect(text).not.toContain('5f0c1d2e3a4b');
    expect(json).toBe('{"workspace":"1200","token":"[redacted secret]"}');
    expect(printed).toContain('Secret([redacted secret])');
  });

  it('gives its text only when asked, and compares by text', () => {
    expect(token.reveal()).toBe('2/1200445566/1209988:5f0c1d2e3a4b');
    expect(token.equals(new Secret('2/1200445566/1209988:5f0c1d2e3a4b'))).toBe(true);
    expect(token.equals(new Secret('2/1200445566/1209988:000000000000'))).toBe(false);
  });

  it('refuses an empty secret', () => {
    expect(() => new Secret('')).toThrow('A secret must be a non-empty string');
  });
});
