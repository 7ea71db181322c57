import type { Comment } from '../../../app/ports/tracker';
import { Gid } from '../api/responses';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeText = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

/**
 * A Mops comment as the `html_text` of an Asana story: one `<body>`, paragraphs on their own lines,
 * and each task link as `<a data-asana-gid="…"/>`, which Asana renders as a live link showing the
 * task's current name (so the label is not sent). A task id that is not a gid is written as its label.
 * @example commentToHtml({ paragraphs: [[{ text: 'Possible duplicate: ' }, { taskId: '1209', label: 'Spring webinar' }]] }) // '<body>Possible duplicate: <a data-asana-gid="1209"/></body>'
 */
export function commentToHtml(comment: Comment): string {
  const paragraphs = comment.paragraphs.map((parts) =>
    parts.map((part) => ('text' in part ? escapeText(part.text) : Gid.safeParse(part.taskId).success ? `<a data-asana-gid="${part.taskId}"/>` : escapeText(part.label))).join(''),
  );
  return `<body>${paragraphs.join('\n')}</body>`;
}
