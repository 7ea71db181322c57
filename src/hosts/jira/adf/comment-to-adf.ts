import type { Comment, CommentPart } from '../../../app/ports/tracker';
import type { AdfDoc, AdfNode } from './adf-node';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;

export interface IssueLinkBase {
  /** The Jira site, e.g. "https://acme.atlassian.net" (Forge gives it as `context.siteUrl`). */
  siteUrl?: string;
}

function taskNode(part: { taskId: string; label: string }, { siteUrl }: IssueLinkBase): AdfNode {
  if (!siteUrl) return { type: 'text', text: part.label };
  const site = siteUrl.replace(/\/+$/, '');
  // A smart link (inline card) shows each reader the issue's summary only if they may browse it.
  if (ISSUE_KEY.test(part.label)) return { type: 'inlineCard', attrs: { url: `${site}/browse/${part.label}` } };
  const href = `${site}/secure/ViewIssue.jspa?id=${encodeURIComponent(part.taskId)}`;
  return { type: 'text', text: part.label, marks: [{ type: 'link', attrs: { href } }] };
}

function partNode(part: CommentPart, base: IssueLinkBase): AdfNode | undefined {
  if ('text' in part) return part.text === '' ? undefined : { type: 'text', text: part.text };
  return taskNode(part, base);
}

/**
 * A Mops comment as an Atlassian Document Format body: one paragraph per paragraph, task links as inline
 * cards when the label is an issue key (WEB-12), else as text linked to the issue; plain text when the
 * site address is unknown.
 * @example commentToAdf({ paragraphs: [[{ text: 'See ' }, { taskId: '10042', label: 'WEB-12' }]] }, { siteUrl: 'https://acme.atlassian.net' }).content[0]
 * // { type: 'paragraph', content: [{ type: 'text', text: 'See ' }, { type: 'inlineCard', attrs: { url: 'https://acme.atlassian.net/browse/WEB-12' } }] }
 */
export function commentToAdf(comment: Comment, base: IssueLinkBase = {}): AdfDoc {
  return {
    type: 'doc',
    version: 1,
    content: comment.paragraphs.map((paragraph) => {
      const content = paragraph.map((part) => partNode(part, base)).filter((node): node is AdfNode => node !== undefined);
      return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
    }),
  };
}
