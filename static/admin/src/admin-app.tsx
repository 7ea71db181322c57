import { token } from '@atlaskit/tokens';
import React, { useCallback, useMemo, useState } from 'react';
import { checkPeopleForm, type PersonForm, peopleForm } from '../../../src/app/admin-people-form';
import { checkSettingsForm, type SettingsForm, type SettingsProblem, settingsForm } from '../../../src/app/admin-settings-form';
import { AdminView, refusalLines, STARTER_SETTINGS } from '../../../src/frontend/admin-page/settings-editor';
import { type Failure, failureCopy } from '../../../src/frontend/shared/failure-copy';
import type { Translate } from '../../../src/frontend/shared/messages';
import { callResolver } from '../../../src/frontend/shared/resolver-answer';
import { forgeInvoker, useResolver } from '../../../src/frontend/shared/use-resolver';
import { FailureState, LoadingState } from '../../shared/states';
import { buttonStyle, lozengeStyle, messageStyle, styles } from '../../shared/styles';
import { useBridgeLocale } from '../../shared/use-bridge-locale';
import { problemText } from './admin-words';
import { accountFormats } from './account-formats';
import { PeopleTab } from './people-tab';
import { RatesTab } from './rates-tab';
import { TemplatesTab } from './templates-tab';
import { ThresholdsTab } from './thresholds-tab';

const TABS = ['templates', 'people', 'rates', 'thresholds'] as const;
type Tab = (typeof TABS)[number];
type Target = 'settings' | 'people';

/** Which tab shows a problem of the settings document. */
function tabOf(path: string): Tab | undefined {
  const root = path.split('.')[0];
  if (root === 'templates') return 'templates';
  if (root === 'baseCurrency' || root === 'exchangeRates') return 'rates';
  if (root === 'thresholds' || root === 'duplicateDetection') return 'thresholds';
  return root === 'people' ? 'people' : undefined;
}

type SaveResult = { target: Target; status: 'saved' } | { target: Target; status: 'invalid'; count: number } | { target: Target; status: 'failed'; failure: Failure };

/** Whether a field's problems are shown: once it was edited (it or a row holding it), or once a save was tried. */
function shownProblems(problems: readonly SettingsProblem[], touched: ReadonlySet<string>, attempted: boolean): SettingsProblem[] {
  if (attempted) return [...problems];
  return problems.filter((problem) => {
    // Templates are checked as they are typed: the JSON editor is where a mistake is made and fixed.
    if (tabOf(problem.path) === 'templates') return true;
    const segments = problem.path.split('.');
    return segments.some((_, end) => touched.has(segments.slice(0, end + 1).join('.')));
  });
}

function SaveOutcome({ result, target, t }: { result: SaveResult | undefined; target: Target; t: Translate }) {
  if (!result || result.target !== target) return null;
  if (result.status === 'saved') {
    return (
      <p role="status" style={{ ...messageStyle('success'), margin: 0 }}>
        {target === 'settings' ? t('admin.saved') : t('adminApp.people.saved')}
      </p>
    );
  }
  if (result.status === 'invalid') {
    return (
      <p role="alert" style={{ ...messageStyle('error'), margin: 0 }}>
        {t('adminApp.notSaved', { count: result.count })}
      </p>
    );
  }
  const copy = failureCopy(result.failure, t);
  const lines = result.failure.kind === 'bad-request' ? refusalLines(result.failure.message) : [copy.body];
  return (
    <section role="alert" style={messageStyle(copy.appearance)}>
      <h2 style={styles.heading}>{result.failure.kind === 'bad-request' ? t('admin.rejected') : copy.title}</h2>
      {lines.map((line, index) => (
        <span key={index}>{line}</span>
      ))}
    </section>
  );
}

function AdminEditor({ loaded, t, locale }: { loaded: AdminView; t: Translate; locale: string }) {
  const [view, setView] = useState(loaded);
  const [tab, setTab] = useState<Tab>('templates');
  const [form, setForm] = useState<SettingsForm>(() => settingsForm(loaded.settings ?? STARTER_SETTINGS));
  const [savedForm, setSavedForm] = useState(form);
  const [people, setPeople] = useState<PersonForm[]>(() => peopleForm(loaded.people));
  const [savedPeople, setSavedPeople] = useState(people);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState<Record<Target, boolean>>({ settings: false, people: false });
  const [result, setResult] = useState<SaveResult | undefined>();
  const [saving, setSaving] = useState<Target | undefined>();

  const check = useMemo(() => checkSettingsForm(form), [form]);
  const regions = useMemo(() => Object.keys(view.settings?.holidays ?? form.kept.holidays ?? {}).sort(), [view.settings, form.kept.holidays]);
  const formats = useMemo(() => accountFormats(view.accountHosts), [view.accountHosts]);
  const peopleCheck = useMemo(() => checkPeopleForm(people, regions, formats), [people, regions, formats]);
  const settingsProblems = check.ok ? [] : check.problems;
  const peopleProblems = peopleCheck.ok ? [] : peopleCheck.problems;
  const shownSettings = shownProblems(settingsProblems, touched, attempted.settings);
  const shownPeople = shownProblems(peopleProblems, touched, attempted.people);

  const touch = useCallback((paths: readonly string[]) => {
    if (paths.length > 0) setTouched((current) => new Set([...current, ...paths]));
  }, []);
  const editSettings = useCallback(
    (change: (current: SettingsForm) => SettingsForm, ...paths: string[]) => {
      setForm(change);
      touch(paths);
    },
    [touch],
  );
  const editPeople = useCallback(
    (change: (current: PersonForm[]) => PersonForm[], ...paths: string[]) => {
      setPeople(change);
      touch(paths);
    },
    [touch],
  );
  const errorsFrom = (problems: readonly SettingsProblem[]) => (path: string) => problems.filter((problem) => problem.path === path).map((problem) => problemText(problem, t));

  const saveSettings = async () => {
    setAttempted((current) => ({ ...current, settings: true }));
    if (!check.ok) {
      setResult({ target: 'settings', status: 'invalid', count: check.problems.length });
      return;
    }
    setSaving('settings');
    setResult(undefined);
    const answer = await callResolver(forgeInvoker, 'saveAdminSettings', { settings: check.settings }, AdminView);
    setSaving(undefined);
    if (answer.status === 'failed') {
      setResult({ target: 'settings', status: 'failed', failure: answer });
      return;
    }
    const next = settingsForm(answer.data.settings ?? check.settings);
    setView(answer.data);
    setForm(next);
    setSavedForm(next);
    setAttempted((current) => ({ ...current, settings: false }));
    setResult({ target: 'settings', status: 'saved' });
  };

  const savePeople = async () => {
    setAttempted((current) => ({ ...current, people: true }));
    if (!peopleCheck.ok) {
      setResult({ target: 'people', status: 'invalid', count: peopleCheck.problems.length });
      return;
    }
    setSaving('people');
    setResult(undefined);
    const answer = await callResolver(forgeInvoker, 'savePeople', { people: peopleCheck.people }, AdminView);
    setSaving(undefined);
    if (answer.status === 'failed') {
      setResult({ target: 'people', status: 'failed', failure: answer });
      return;
    }
    const next = peopleForm(answer.data.people);
    setView(answer.data);
    setPeople(next);
    setSavedPeople(next);
    setAttempted((current) => ({ ...current, people: false }));
    setResult({ target: 'people', status: 'saved' });
  };

  const target: Target = tab === 'people' ? 'people' : 'settings';
  const dirty = target === 'people' ? JSON.stringify(people) !== JSON.stringify(savedPeople) : JSON.stringify(form) !== JSON.stringify(savedForm);
  const toFix = (each: Tab) => (each === 'people' ? shownPeople.length : shownSettings.filter((problem) => tabOf(problem.path) === each).length);
  const tabProps = { form, edit: editSettings, errors: errorsFrom(shownSettings), t, locale };
  // Problems outside every tab (cost categories, holidays, the default calendar) are not editable here; say them whole.
  const elsewhere = shownSettings.filter((problem) => tabOf(problem.path) === undefined);

  return (
    <>
      {view.settings === null ? <p style={{ ...messageStyle('information'), margin: 0 }}>{t('adminApp.noSettings')}</p> : null}
      <div role="tablist" aria-label={t('admin.title')} style={styles.row}>
        {TABS.map((each) => (
          <button key={each} type="button" role="tab" id={`tab-${each}`} aria-controls={`panel-${each}`} aria-selected={each === tab} style={buttonStyle(each === tab ? 'primary' : 'default', false)} onClick={() => setTab(each)}>
            {t(`adminApp.tab.${each}`)}
            {toFix(each) > 0 ? <span style={{ ...lozengeStyle('removed'), marginLeft: token('space.075') }}>{t('adminApp.tab.toFix', { count: toFix(each) })}</span> : null}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} style={styles.section}>
        {tab === 'templates' ? <TemplatesTab {...tabProps} problems={settingsProblems} people={view.people} /> : null}
        {tab === 'rates' ? <RatesTab {...tabProps} /> : null}
        {tab === 'thresholds' ? <ThresholdsTab {...tabProps} /> : null}
        {tab === 'people' ? <PeopleTab people={people} edit={editPeople} errors={errorsFrom(shownPeople)} problems={shownPeople} regions={regions} accountHosts={view.accountHosts} t={t} locale={locale} /> : null}
      </section>
      {elsewhere.length > 0 && target === 'settings' ? (
        <ul style={{ ...messageStyle('error'), margin: 0 }}>
          {elsewhere.map((problem, index) => (
            <li key={index}>{`${problem.path}: ${problemText(problem, t)}`}</li>
          ))}
        </ul>
      ) : null}
      <footer style={{ ...styles.section, borderTop: `${token('border.width')} solid ${token('color.border')}`, paddingTop: token('space.150') }}>
        <SaveOutcome result={result} target={target} t={t} />
        <div style={styles.row}>
          <button type="button" disabled={saving !== undefined} style={buttonStyle('primary', saving !== undefined)} onClick={() => void (target === 'people' ? savePeople() : saveSettings())}>
            {saving === target ? t('adminApp.saving') : target === 'people' ? t('adminApp.people.save') : t('adminApp.save')}
          </button>
          {dirty ? <span style={lozengeStyle('moved')}>{t('adminApp.unsaved')}</span> : null}
        </div>
      </footer>
    </>
  );
}

/**
 * Mops' settings as a Custom UI admin page (a jira:adminPage): process templates with a live preview
 * of what a new task would get, people's calendars and capacity, exchange rates, budget alert
 * thresholds and duplicate detection. Every field is checked with the core's own schemas as it is
 * typed; a save is all or nothing, and anyone the resolvers refuse (an agency's people, in the local
 * host; anyone but a Jira admin, in Jira) sees the no-permission message.
 * @example mountApp(<AdminApp />, 'admin page');
 */
export function AdminApp() {
  const { t, locale } = useBridgeLocale();
  const { state, reload } = useResolver('getAdminSettings', {}, AdminView);
  const title = <h1 style={{ ...styles.heading, font: token('font.heading.small') }}>{t('admin.title')}</h1>;
  return (
    <main style={styles.panel}>
      {title}
      {state.status === 'loading' ? <LoadingState t={t} /> : null}
      {state.status === 'failed' ? <FailureState failure={state} t={t} onRetry={reload} /> : null}
      {state.status === 'loaded' ? <AdminEditor loaded={state.data} t={t} locale={locale} /> : null}
    </main>
  );
}
