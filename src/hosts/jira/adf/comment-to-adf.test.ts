import { commentToAdf } from './comment-to-adf';
import { textToAdf } from './text-to-adf';

const site = { siteUrl: 'https://acme-marketing.atlassian.net/' };

describe('commentToAdf', () => {
  const comment = {
    paragraphs: [
      [{ text: 'Mops: this looks like the same work as ' }, { taskId: '20311', label: 'EML-7' }, { text: '.' }],
      [{ text: 'Compare them in the Mops panel.' }],
    ],
  };

  it('turns each paragraph into an ADF paragraph and a task named by its key into a smart link', () => {
    expect(commentToAdf(comment, site)).toEqual({
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Mops: this looks like the same work as ' },
            { type: 'inlineCard', attrs: { url: 'https://acme-marketing.atlassian.net/browse/EML-7' } },
            { type: 'text', text: '.' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Compare them in the Mops panel.' }] },
      ],
    });
  });

  it('links a task labelled by its title to the issue by id', () => {
    const byTitle = commentToAdf({ paragraphs: [[{ taskId: '20311', label: 'Partner webinar invitation' }]] }, site);
    expect(byTitle.content[0]?.content).toEqual([
      { type: 'text', text: 'Partner webinar invitation', marks: [{ type: 'link', attrs: { href: 'https://acme-marketing.atlassian.net/secure/ViewIssue.jspa?id=20311' } }] },
    ]);
  });

  it('names the task without a link when the site address is not known', () => {
    expect(commentToAdf(comment).content[0]?.content?.[1]).toEqual({ type: 'text', text: 'EML-7' });
  });

  it('leaves out empty text parts, which Jira refuses as empty text nodes', () => {
    expect(commentToAdf({ paragraphs: [[{ text: '' }], [{ text: '' }, { text: 'Done' }]] }).content).toEqual([
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'Done' }] },
    ]);
  });
});

describe('textToAdf', () => {
  it('makes a paragraph per block and a hard break per single line break', () => {
    expect(textToAdf('300 registrations\n120 attendees\n\nPipeline: EUR 200k').content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: '300 registrations' }, { type: 'hardBreak' }, { type: 'text', text: '120 attendees' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Pipeline: EUR 200k' }] },
    ]);
  });
});
