import type { BudgetAlert } from '../../../core/budget/alerts';
import { InMemoryTracker } from '../../../../test/support/in-memory-tracker';
import { InMemoryKeyValueStore } from '../storage';
import { commentOnNewlyCrossed, thresholdComment } from './threshold-comments';

function alert(overrides: Partial<BudgetAlert> = {}): BudgetAlert {
  return {
    kind: 'threshold-reached',
    lineId: 'task:10001',
    entityId: '10001',
    name: 'Spring fairs',
    level: 'campaign',
    key: 'EVT-1',
    rule: { id: 'actual-overrun', metric: 'actual', percentOfPlanned: 100 },
    currency: 'EUR',
    planned: 2_500_000,
    value: 2_600_000,
    thresholdAmount: 2_500_000,
    percentReachedBasisPoints: 10_400,
    overBy: 100_000,
    drivers: [{ taskId: '10042', lineId: 'task:10042', key: 'EVT-12', title: 'Stand', value: 2_600_000, planned: 2_500_000, overOwnPlan: true }],
    missingRates: [],
    message: 'Campaign “Spring fairs” actual is 104% of planned …; most from EVT-12 Stand (EUR 26,000.00)',
    ...overrides,
  };
}

const textOf = (comment: ReturnType<typeof thresholdComment>) => comment.paragraphs.map((paragraph) => paragraph.map((part) => ('text' in part ? part.text : part.label)).join('')).join('\n');

describe('thresholdComment', () => {
  it("states the campaign's own totals in its currency and names none of the tasks under it", () => {
    const text = textOf(thresholdComment(alert()));
    expect(text).toContain('Mops budget alert: actual spend on this campaign reached 104% of its planned budget (EUR 26,000.00 of EUR 25,000.00); the alert is set at 100%.');
    expect(text).not.toContain('EVT-12');
  });

  it('says so when money was committed with nothing planned', () => {
    const text = textOf(thresholdComment(alert({ kind: 'spent-with-no-plan', level: 'epic', rule: { id: 'committed-warning', metric: 'committed', percentOfPlanned: 90 }, planned: 0, value: 45_000, percentReachedBasisPoints: null })));
    expect(text).toContain('Mops budget alert: committed spend on this epic is EUR 450.00 with nothing planned.');
  });
});

describe('commentOnNewlyCrossed', () => {
  it('comments on campaign and epic issues only, up to the budget, and counts the rest as deferred', async () => {
    const tracker = new InMemoryTracker();
    const kv = new InMemoryKeyValueStore();
    const alerts = [alert(), alert({ level: 'task', lineId: 'task:10042', entityId: '10042' }), alert({ lineId: 'task:10002', entityId: '10002', level: 'epic' }), alert({ lineId: 'project:10000', entityId: '10000', level: 'project' })];
    const outcome = await commentOnNewlyCrossed(alerts, { tracker, kv, complete: true, maxComments: 1, isoWeek: '2026-W48' });
    expect(outcome).toEqual({ commented: [{ taskId: '10001', key: 'EVT-1', ruleId: 'actual-overrun' }], deferred: 1 });
    expect(tracker.comments.map((entry) => entry.taskId)).toEqual(['10001']);
  });

  it('forgets the marker when the comment could not be posted, so the next run tries again', async () => {
    const tracker = new InMemoryTracker();
    const kv = new InMemoryKeyValueStore();
    tracker.failNext('addComment');
    await expect(commentOnNewlyCrossed([alert()], { tracker, kv, complete: true, maxComments: 5, isoWeek: '2026-W48' })).rejects.toThrow('addComment failed');
    expect(kv.size()).toBe(0);
    expect((await commentOnNewlyCrossed([alert()], { tracker, kv, complete: true, maxComments: 5, isoWeek: '2026-W48' })).commented).toHaveLength(1);
  });

  it('keeps the markers of alerts it did not see when the read was incomplete', async () => {
    const tracker = new InMemoryTracker();
    const kv = new InMemoryKeyValueStore();
    await commentOnNewlyCrossed([alert()], { tracker, kv, complete: true, maxComments: 5, isoWeek: '2026-W48' });
    await commentOnNewlyCrossed([], { tracker, kv, complete: false, maxComments: 5, isoWeek: '2026-W49' });
    expect(kv.size()).toBe(1);
    await commentOnNewlyCrossed([], { tracker, kv, complete: true, maxComments: 5, isoWeek: '2026-W50' });
    expect(kv.size()).toBe(0);
  });
});
