import type { AdfNode } from './adf-node';

const INLINE_TYPES = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'date', 'status', 'placeholder', 'mediaInline']);

/** Containers whose blocks read as separate paragraphs. */
const FLOW_TYPES = new Set(['doc', 'blockquote', 'panel', 'expand', 'nestedExpand', 'layoutSection', 'layoutColumn', 'bodiedExtension']);

const isInline = (node: AdfNode) => INLINE_TYPES.has(node.type) || node.text !== undefined;

function attr(node: AdfNode, name: string): string | undefined {
  const value = node.attrs?.[name];
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;
}

function linkedText(node: AdfNode): string {
  const text = node.text ?? '';
  const link = node.marks?.find((mark) => mark.type === 'link');
  const href = typeof link?.attrs?.href === 'string' ? link.attrs.href : undefined;
  // The address matters to duplicate detection ("same landing page"), so it stays when the words differ.
  return href && href !== text ? `${text} (${href})` : text;
}

function dateText(node: AdfNode): string {
  const timestamp = Number(attr(node, 'timestamp'));
  return Number.isFinite(timestamp) ? new Date(timestamp).toISOString().slice(0, 10) : '';
}

function inlineText(node: AdfNode): string {
  switch (node.type) {
    case 'text':
      return linkedText(node);
    case 'hardBreak':
      return '\n';
    case 'mention': {
      const id = attr(node, 'id');
      return attr(node, 'text') ?? (id ? `@${id}` : '@');
    }
    case 'emoji':
      return attr(node, 'text') ?? attr(node, 'shortName') ?? '';
    case 'inlineCard':
      return attr(node, 'url') ?? '';
    case 'date':
      return dateText(node);
    case 'status':
      return attr(node, 'text') ?? '';
    default:
      return node.text ?? inlineRun(node.content ?? []);
  }
}

function inlineRun(nodes: readonly AdfNode[]): string {
  return nodes.map((node) => (isInline(node) ? inlineText(node) : blockText(node))).join('');
}

function joinBlocks(nodes: readonly AdfNode[], separator: string): string {
  return nodes
    .map((node) => (isInline(node) ? inlineText(node) : blockText(node)))
    .filter((text) => text !== '')
    .join(separator);
}

/** Children of a list item or cell: inline runs stay on one line, blocks go on their own lines. */
function itemBody(nodes: readonly AdfNode[]): string {
  return nodes.every(isInline) ? inlineRun(nodes) : joinBlocks(nodes, '\n');
}

function indentContinuation(text: string, width: number): string {
  return text.replace(/\n/g, `\n${' '.repeat(width)}`);
}

function listText(node: AdfNode, marker: (index: number, item: AdfNode) => string): string {
  return (node.content ?? [])
    .map((item, index) => {
      const prefix = marker(index, item);
      return prefix + indentContinuation(itemBody(item.content ?? []), prefix.length);
    })
    .join('\n');
}

function tableText(node: AdfNode): string {
  return (node.content ?? [])
    .map((row) => (row.content ?? []).map((cell) => itemBody(cell.content ?? []).replace(/\n/g, ' ')).join(' | '))
    .join('\n');
}

function blockText(node: AdfNode): string {
  const content = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'codeBlock':
      return inlineRun(content);
    case 'bulletList':
      return listText(node, () => '- ');
    case 'orderedList': {
      const start = Number(node.attrs?.order ?? 1);
      const first = Number.isInteger(start) ? start : 1;
      return listText(node, (index) => `${first + index}. `);
    }
    case 'taskList':
      return listText(node, (_, item) => (attr(item, 'state') === 'DONE' ? '[x] ' : '[ ] '));
    case 'decisionList':
      return listText(node, () => '- ');
    case 'table':
      return tableText(node);
    case 'rule':
      return '---';
    case 'blockCard':
    case 'embedCard':
      return attr(node, 'url') ?? '';
    case 'expand':
    case 'nestedExpand': {
      const title = attr(node, 'title');
      const body = joinBlocks(content, '\n\n');
      return title ? [title, body].filter(Boolean).join('\n') : body;
    }
    default:
      // Unknown kinds (and media, which has no text) contribute whatever text they hold.
      if (node.text !== undefined) return linkedText(node);
      return FLOW_TYPES.has(node.type) ? joinBlocks(content, '\n\n') : itemBody(content);
  }
}

/**
 * The words of an Atlassian Document Format document as plain text: paragraphs separated by blank
 * lines, list items as "- " or "1. " lines (nested ones indented), table rows as cells joined by " | ",
 * mentions by name, links and cards by address. Kept readable because duplicate detection and people
 * both read it.
 * @example adfToText({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Book the venue' }] }] }) // 'Book the venue'
 */
export function adfToText(document: AdfNode | null | undefined): string {
  if (!document) return '';
  return blockText(document.type === 'doc' ? document : { type: 'doc', content: [document] });
}
