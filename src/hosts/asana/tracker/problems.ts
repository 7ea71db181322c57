/**
 * Something on an Asana task that Mops could not read or write as configured and worked around: a
 * budget amount with too many decimals, a template field with no Asana field behind it. The task is
 * still served; the problem goes to whoever wires the adapter (logs, the settings page).
 */
export interface AsanaProblem {
  /** The task's gid, or "(settings)" when no single task is concerned. */
  task: string;
  /** An Asana custom field gid or Mops' name for the value, e.g. "fields.kpi". */
  field: string;
  message: string;
}

export type AsanaProblemSink = (problem: AsanaProblem) => void;
