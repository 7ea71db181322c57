import type { Comment } from '../../../app/ports/tracker';
import { memoryReplayGuard } from '../replay-guard';
import { flagMissingFields } from './flag-missing-fields';

/*
 * The template's flag on one task, with a tracker that records comments: said once per set of gaps,
 * and said again after a failure or a run that stopped half-way.
 */

const now = new Date('2026-11-23T10:00:00Z');
const minutesAfter = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const webinar = { id: 'webinar', name: 'Webinar' };
const GAPS = ['Set the KPI/goal', 'Set the due date (the webinar day)'];

function recordingTracker(): { addComment(taskId: string, comment: Comment): Promise<void>; said: string[] } {
  const said: string[] = [];
  return {
    said,
    async addComment(taskId, comment) {
      said.push(`${taskId}: ${comment.paragraphs.map((paragraph) => paragraph.map((part) => ('text' in part ? part.text : part.label)).join('')).join(' | ')}`);
    },
  };
}

describe('flagMissingFields', () => {
  it('comments once per set of gaps, and again when the gaps change', async () => {
    const guard = memoryReplayGuard();
    const tracker = recordingTracker();
    expect(await flagMissingFields(tracker, 'asana:1209', webinar, GAPS, { guard, now })).toBe(true);
    expect(await flagMissingFields(tracker, 'asana:1209', webinar, [...GAPS].reverse(), { guard, now: minutesAfter(60) })).toBe(false);
    expect(await flagMissingFields(tracker, 'asana:1209', webinar, ['Set the KPI/goal'], { guard, now: minutesAfter(60) })).toBe(true);
    expect(await flagMissingFields(tracker, 'asana:1209', webinar, [], { guard, now })).toBe(false);
    expect(tracker.said).toEqual([
      'asana:1209: Mops: this task follows the Webinar template and is missing what it requires: | • Set the KPI/goal | • Set the due date (the webinar day) | Asana cannot hold a task back, so Mops flags it here and lists it in the compliance report until these are filled in.',
      'asana:1209: Mops: this task follows the Webinar template and is missing what it requires: | • Set the KPI/goal | Asana cannot hold a task back, so Mops flags it here and lists it in the compliance report until these are filled in.',
    ]);
  });

  it('says the gaps of a task whose run stopped after claiming them, once the claim’s short lease is up, and then remembers them', async () => {
    const guard = memoryReplayGuard();
    // The server stops while Asana is being asked: the claim is taken, the answer never comes.
    void flagMissingFields({ addComment: () => new Promise<never>(() => undefined) }, 'asana:1210', webinar, GAPS, { guard, now });
    await new Promise((resolve) => setImmediate(resolve));
    const tracker = recordingTracker();
    expect(await flagMissingFields(tracker, 'asana:1210', webinar, GAPS, { guard, now: minutesAfter(5) })).toBe(false);
    expect(await flagMissingFields(tracker, 'asana:1210', webinar, GAPS, { guard, now: minutesAfter(11) })).toBe(true);
    expect(await flagMissingFields(tracker, 'asana:1210', webinar, GAPS, { guard, now: minutesAfter(24 * 60) })).toBe(false);
    expect(tracker.said).toHaveLength(1);
  });

  it('tags before commenting, and says nothing yet when the tag fails', async () => {
    const guard = memoryReplayGuard();
    const tracker = recordingTracker();
    const failingTag = async () => {
      throw new Error('Asana refused the tag "Mops: template incomplete" on task 1211 (500 on POST /tasks/1211/addTag): Server Error');
    };
    await expect(flagMissingFields(tracker, 'asana:1211', webinar, GAPS, { guard, now }, failingTag)).rejects.toThrow('500 on POST /tasks/1211/addTag');
    expect(tracker.said).toEqual([]);
    const tagged: string[] = [];
    expect(await flagMissingFields(tracker, 'asana:1211', webinar, GAPS, { guard, now }, async () => void tagged.push('Mops: template incomplete'))).toBe(true);
    expect([tagged, tracker.said.length]).toEqual([['Mops: template incomplete'], 1]);
  });
});
