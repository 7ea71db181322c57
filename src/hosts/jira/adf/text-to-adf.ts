import type { AdfDoc } from './adf-node';

/**
 * Plain text as an Atlassian document, for rich-text (paragraph) fields, which REST v3 accepts only in
 * that form: one paragraph per blank-line-separated block, single line breaks kept as hard breaks.
 * @example textToAdf('300 registrations').content // [{ type: 'paragraph', content: [{ type: 'text', text: '300 registrations' }] }]
 */
export function textToAdf(text: string): AdfDoc {
  const blocks = text.split(/\n{2,}/).filter((block) => block.trim() !== '');
  return {
    type: 'doc',
    version: 1,
    content: blocks.map((block) => ({
      type: 'paragraph',
      content: block.split('\n').flatMap((line, index) => [
        ...(index > 0 ? [{ type: 'hardBreak' }] : []),
        ...(line === '' ? [] : [{ type: 'text', text: line }]),
      ]),
    })),
  };
}
