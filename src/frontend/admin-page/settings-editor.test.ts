import { Settings } from '../../core/settings/settings';
import { AdminView, refusalLines, STARTER_SETTINGS } from './settings-editor';

describe('the starter settings', () => {
  it('are accepted by the settings schema as they are, so a first save of the example works', () => {
    expect(Settings.safeParse(STARTER_SETTINGS).success).toBe(true);
    expect(AdminView.safeParse({ settings: null, people: [] }).success).toBe(true);
  });
});

describe('refusalLines', () => {
  it('shows one line per mistake the server named', () => {
    expect(refusalLines('templates.0.id: Duplicate template id "webinar"\n\nthresholds.1.metric: Invalid option\n')).toEqual([
      'templates.0.id: Duplicate template id "webinar"',
      'thresholds.1.metric: Invalid option',
    ]);
  });
});
