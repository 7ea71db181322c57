import fc from 'fast-check';
import type { AdfNode } from './adf-node';
import { adfToText } from './adf-to-text';

const text = (value: string, marks?: AdfNode['marks']): AdfNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const item = (...content: AdfNode[]): AdfNode => ({ type: 'listItem', content });
const doc = (...content: AdfNode[]): AdfNode => ({ type: 'doc', content });

describe('adfToText', () => {
  it('separates paragraphs and headings with a blank line', () => {
    const brief = doc({ type: 'heading', attrs: { level: 2 }, content: [text('Goal')] }, paragraph(text('Fill 300 seats.')));
    expect(adfToText(brief)).toBe('Goal\n\nFill 300 seats.');
  });

  it('writes bullet and numbered lists line by line, nested items indented under theirs', () => {
    const plan = doc(
      { type: 'bulletList', content: [item(paragraph(text('Book the speakers')), { type: 'bulletList', content: [item(paragraph(text('Confirm travel')))] }), item(paragraph(text('Send invitations')))] },
      { type: 'orderedList', attrs: { order: 3 }, content: [item(paragraph(text('Dry run'))), item(paragraph(text('Go live')))] },
    );
    expect(adfToText(plan)).toBe('- Book the speakers\n  - Confirm travel\n- Send invitations\n\n3. Dry run\n4. Go live');
  });

  it('names mentioned people, keeps link addresses beside their words, and spells out cards', () => {
    const note = doc(
      paragraph(
        text('Ask '),
        { type: 'mention', attrs: { id: '5f8a1c2e3b4d5e0069a1b2c3', text: '@Ana Kowalska' } },
        text(' about the '),
        text('landing page', [{ type: 'link', attrs: { href: 'https://www.example.com/q1' } }]),
        text(' and '),
        { type: 'inlineCard', attrs: { url: 'https://acme-marketing.atlassian.net/browse/WEB-3' } },
      ),
    );
    expect(adfToText(note)).toBe('Ask @Ana Kowalska about the landing page (https://www.example.com/q1) and https://acme-marketing.atlassian.net/browse/WEB-3');
  });

  it('does not repeat a link whose words are its address', () => {
    const url = 'https://www.example.com/q1';
    expect(adfToText(doc(paragraph(text(url, [{ type: 'link', attrs: { href: url } }]))))).toBe(url);
  });

  it('falls back to the account id when a mention has no display text', () => {
    expect(adfToText(doc(paragraph({ type: 'mention', attrs: { id: '60d5f1a2b3c4d50071e2f3a4' } })))).toBe('@60d5f1a2b3c4d50071e2f3a4');
  });

  it('keeps hard breaks and code blocks as written', () => {
    const snippet = doc(paragraph(text('Line one'), { type: 'hardBreak' }, text('Line two')), { type: 'codeBlock', attrs: { language: 'text' }, content: [text('utm_source=partners\nutm_medium=email')] });
    expect(adfToText(snippet)).toBe('Line one\nLine two\n\nutm_source=partners\nutm_medium=email');
  });

  it('writes a table one row per line, cells joined by bars', () => {
    const cell = (type: string, value: string): AdfNode => ({ type, attrs: {}, content: [paragraph(text(value))] });
    const table: AdfNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Channel'), cell('tableHeader', 'Budget')] },
        { type: 'tableRow', content: [cell('tableCell', 'Email'), cell('tableCell', 'EUR 1,200')] },
      ],
    };
    expect(adfToText(doc(table))).toBe('Channel | Budget\nEmail | EUR 1,200');
  });

  it('reads task lists, dates, statuses and emoji', () => {
    const board = doc(
      { type: 'taskList', content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [text('Venue booked')] }, { type: 'taskItem', attrs: { state: 'TODO' }, content: [text('Catering')] }] },
      paragraph({ type: 'date', attrs: { timestamp: '1795305600000' } }, text(' '), { type: 'status', attrs: { text: 'AT RISK', color: 'red' } }, text(' '), { type: 'emoji', attrs: { shortName: ':tada:', text: '🎉' } }),
    );
    expect(adfToText(board)).toBe('[x] Venue booked\n[ ] Catering\n\n2026-11-22 AT RISK 🎉');
  });

  it('takes the words out of node kinds it does not know', () => {
    const future: AdfNode = doc({ type: 'callout', attrs: { tone: 'warning' }, content: [paragraph(text('Budget frozen until Q2'))] }, { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'abc', type: 'file' } }] });
    expect(adfToText(future)).toBe('Budget frozen until Q2');
  });

  it('reads an empty or missing description as empty text', () => {
    expect(adfToText(null)).toBe('');
    expect(adfToText(undefined)).toBe('');
    expect(adfToText(doc())).toBe('');
  });

  it('never drops a word: every text node appears in the output, however the document nests', () => {
    // ADF text nodes carry no line breaks (hardBreak nodes do), so generated texts have none either.
    const words = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => !/[\r\n]/.test(value));
    const { block } = fc.letrec<{ inline: AdfNode; block: AdfNode }>((tie) => ({
      inline: fc.oneof(
        words.map((value) => text(value)),
        fc.tuple(words, fc.webUrl()).map(([value, href]) => text(value, [{ type: 'link', attrs: { href } }])),
      ),
      block: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.array(tie('inline'), { minLength: 1, maxLength: 4 }).map((content) => paragraph(...content)),
        fc.array(tie('inline'), { minLength: 1, maxLength: 3 }).map((content): AdfNode => ({ type: 'heading', attrs: { level: 3 }, content })),
        fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((items): AdfNode => ({ type: 'bulletList', content: items.map((content) => item(...content)) })),
        fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((items): AdfNode => ({ type: 'orderedList', content: items.map((content) => item(...content)) })),
        fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((cells): AdfNode => ({ type: 'table', content: [{ type: 'tableRow', content: cells.map((content) => ({ type: 'tableCell', content })) }] })),
        fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((content): AdfNode => ({ type: 'blockquote', content })),
        fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((content): AdfNode => ({ type: 'someFutureBlock', content })),
      ),
    }));
    const texts = (node: AdfNode): string[] => [...(node.type === 'text' && node.text !== undefined ? [node.text] : []), ...(node.content ?? []).flatMap(texts)];
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const document = doc(...blocks);
        const output = adfToText(document);
        for (const value of texts(document)) expect(output).toContain(value);
      }),
    );
  });
});
