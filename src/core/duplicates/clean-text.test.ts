import { cleanText } from './clean-text';
import { tokenise } from './tokenise';

const words = (text: string): string[] => tokenise(text).map((token) => token.folded);

describe('cleanText', () => {
  it('drops Bugzilla boilerplate lines but keeps what the reporter wrote under them', () => {
    const report = [
      'User Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_2) AppleWebKit/605.1.15',
      '',
      'Steps to reproduce:',
      'Edit an old webpage in Composer.',
      'Actual results:',
      'Backgrounds disappeared.',
    ].join('\n');
    expect(words(report)).toEqual(['edit', 'old', 'webpage', 'composer', 'backgrounds', 'disappeared']);
  });

  it('drops the hidden metadata and the user-agent lines of a webcompat-style report, which every such report shares', () => {
    const report = [
      '<!-- @browser: SeaMonkey 2.53.18 -->',
      '<!-- @ua_header: Mozilla/5.0 (Windows NT 10.0; WOW64; rv:91.0) Gecko/20100101 Firefox/91.0 -->',
      'UserAgent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:91.0) Gecko/20100101 Firefox/91.0',
      'Sent from Mozilla/5.0 (X11; Linux x86_64) Gecko',
      'The menu of the shop does not open.',
    ].join('\n');
    expect(words(report)).toEqual(['menu', 'shop', 'open']);
  });

  it('removes code blocks, stack traces and ticket keys', () => {
    const text = 'Banner broken, see WEB-123\n```\nconst hero = load("x");\n```\n    at renderBanner (app.js:10:5)\nTypeError: x is undefined at app.js:12';
    expect(words(text)).toEqual(['banner', 'broken', 'see']);
  });

  it('keeps a URL only as the name of its site and a Markdown link only as its text', () => {
    expect(words('www.tomsguide.com - Design is broken')).toEqual(['tomsguide', 'design', 'broken']);
    expect(words('See [the brief](https://drive.example.co.uk/d/1x2y3z) for https://shop.acme.com/spring?utm_source=a')).toEqual(['see', 'brief', 'acme']);
  });

  it('turns HTML into text', () => {
    expect(cleanText('<p>Hero&nbsp;image &amp; <b>copy</b></p>').replace(/\s+/g, ' ').trim()).toBe('Hero image & copy');
  });
});
