import { gateMessage } from './gate-message';

describe('gateMessage', () => {
  it('turns the gate reasons into sentences under one heading', () => {
    expect(gateMessage('Done', ['Step “Ship the stand” is not done; it must be done before “Done”', 'The planned budget is missing.'])).toBe(
      'Mops: this issue cannot move to “Done” yet. Step “Ship the stand” is not done; it must be done before “Done”. The planned budget is missing. The Mops panel on the issue lists every step.',
    );
  });

  it('keeps a long list within what the transition dialog shows', () => {
    const reasons = Array.from({ length: 40 }, (_, index) => `Step “Step number ${index + 1} of a very long checklist” is not done`);
    const message = gateMessage('Released', reasons);
    expect(message).toHaveLength(1000);
    expect(message.endsWith('…')).toBe(true);
  });
});
