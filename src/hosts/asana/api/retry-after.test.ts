import { waitFromRetryAfter } from './retry-after';

const now = new Date('2026-11-23T09:00:00Z');

describe('waitFromRetryAfter', () => {
  it('reads the whole seconds Asana sends with a 429', () => {
    expect(waitFromRetryAfter('30', now)).toBe(30_000);
    expect(waitFromRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until then, never negative', () => {
    expect(waitFromRetryAfter('Mon, 23 Nov 2026 09:00:05 GMT', now)).toBe(5_000);
    expect(waitFromRetryAfter('Mon, 23 Nov 2026 08:59:00 GMT', now)).toBe(0);
  });

  it('gives up on what it cannot read, so the caller backs off on its own', () => {
    expect(waitFromRetryAfter(undefined, now)).toBeUndefined();
    expect(waitFromRetryAfter('', now)).toBeUndefined();
    expect(waitFromRetryAfter('soon', now)).toBeUndefined();
    expect(waitFromRetryAfter('-5', now)).toBeUndefined();
    expect(waitFromRetryAfter('2.5', now)).toBeUndefined();
  });
});
