/** Jira shows the validator's message in the transition dialog; a few sentences is what fits there. */
const MAX_MESSAGE_CHARS = 1000;

/**
 * The reasons a template gate gives, as one message for the person moving the issue: what is missing,
 * in plain sentences, and where to see the rest.
 * @example gateMessage('Done', ['Step “Dry run with speakers” is not done; it must be done before “Done”'])
 * // 'Mops: this issue cannot move to “Done” yet. Step “Dry run with speakers” is not done; it must be done before “Done”. The Mops panel on the issue lists every step.'
 */
export function gateMessage(toStatus: string, reasons: readonly string[]): string {
  const sentences = reasons.map((reason) => reason.trim()).filter((reason) => reason !== '').map((reason) => (/[.!?]$/.test(reason) ? reason : `${reason}.`));
  const message = [`Mops: this issue cannot move to “${toStatus}” yet.`, ...sentences, 'The Mops panel on the issue lists every step.'].join(' ');
  return message.length <= MAX_MESSAGE_CHARS ? message : `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…`;
}
