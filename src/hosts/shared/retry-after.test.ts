import { retryAfterMs } from './retry-after';

const now = new Date('2026-11-25T09:30:00Z');

describe('retryAfterMs', () => {
  it('reads whole seconds', () => {
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(retryAfterMs('Wed, 25 Nov 2026 09:30:12 GMT', now)).toBe(12_000);
  });

  it('treats a date already past as no wait', () => {
    expect(retryAfterMs('Wed, 25 Nov 2026 09:29:00 GMT', now)).toBe(0);
  });

  it('ignores an absent, negative or unreadable header so the caller backs off on its own', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
    expect(retryAfterMs('1.5', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('1000000', now)).toBeUndefined();
  });
});
