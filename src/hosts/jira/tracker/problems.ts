/**
 * Something in Jira that Mops could not read or write as configured, and worked around: a budget field
 * holding an invalid value, a corrupt state property, a template field with no Jira field mapped. The
 * task is still served; the problem goes to whoever wires the adapter (logs, the admin page).
 */
export interface JiraProblem {
  /** The issue id or key, or "(settings)" when no single issue is concerned. */
  issue: string;
  /** Jira field id or Mops name, e.g. "customfield_10050" or "fields.kpi". */
  field: string;
  message: string;
}

export type ProblemSink = (problem: JiraProblem) => void;
