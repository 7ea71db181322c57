import { commentToHtml } from './comment-to-html';

describe('commentToHtml', () => {
  it('links a duplicate candidate by gid so Asana shows its live name', () => {
    const html = commentToHtml({
      paragraphs: [
        [{ text: 'Mops found 1 possible duplicate:' }],
        [{ text: '• ' }, { taskId: '1209876500000042', label: 'Spring webinar (EMEA)' }, { text: ' — 82% similar' }],
      ],
    });
    expect(html).toBe('<body>Mops found 1 possible duplicate:\n• <a data-asana-gid="1209876500000042"/> — 82% similar</body>');
  });

  it('escapes text so a title cannot inject markup, and writes a non-gid link as its label', () => {
    expect(commentToHtml({ paragraphs: [[{ text: 'Budget <5k> & "soon"' }, { taskId: 'WEB-12', label: 'Jira <issue>' }]] })).toBe(
      '<body>Budget &lt;5k&gt; &amp; &quot;soon&quot;Jira &lt;issue&gt;</body>',
    );
  });
});
