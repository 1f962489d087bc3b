import { describe, expect, test } from 'vitest';
import { readBriefing } from '../../src/lib/briefing-markdown.ts';

const ALLOWED = { Aside: ['title'] };
const FRONT = '---\nslug: a\ntitle: A title\n---\n';

describe('readBriefing', () => {
  test('renders a plain body with paragraph anchors and heading ids, and reads the front matter once', () => {
    const read = readBriefing(`${FRONT}\nOne *line*.\n\n## Later\n\n- first\n- second\n`, ALLOWED);
    expect(read).toEqual({
      kind: 'html',
      frontMatter: { slug: 'a', title: 'A title' },
      html: '<p id="p-1">One <em>line</em>.</p>\n<h2 id="later">Later</h2>\n<ul>\n<li id="p-2">first</li>\n<li id="p-3">second</li>\n</ul>\n',
      headings: [{ depth: 2, slug: 'later', text: 'Later' }],
    });
  });

  test('reads the body as MDX: an indented line is a paragraph, escapes show as text', () => {
    const read = readBriefing(`${FRONT}\n    Indented \\{x\\} \\<y\\>.\n`, ALLOWED);
    expect(read.kind === 'html' && read.html).toBe('<p id="p-1">Indented {x} &lt;y&gt;.</p>\n');
  });

  test.each([
    ['a curator component', '<Aside title="Context">Words.</Aside>'],
    ['an image', '![a harbour](./harbour.jpg)'],
    ['a code block', '```\ncode\n```'],
  ])('leaves a body with %s to MDX', (_, body) => {
    expect(readBriefing(`${FRONT}\nFirst.\n\n${body}\n`, ALLOWED)).toEqual({ kind: 'mdx', frontMatter: { slug: 'a', title: 'A title' } });
  });

  test.each([
    ['mdx-esm', 'export const x = 1', 8],
    ['mdx-expression', 'Hello {process.env.HOME}', 8],
    ['mdx-jsx', '<Other />', 8],
  ])('refuses %s at its line', (rule, body, line) => {
    const read = readBriefing(`${FRONT}\nFirst.\n\n${body}\n`, ALLOWED);
    expect(read.kind === 'unsafe' && read.problems.map((problem) => [`mdx-${problem.kind}`, problem.line])).toEqual([[rule, line]]);
  });

  test('refuses a front matter layout and front matter that is not YAML', () => {
    const layout = readBriefing('---\nslug: a\nlayout: ../x.astro\n---\n\nFirst.\n', ALLOWED);
    expect(layout.kind === 'unsafe' && layout.problems.map((problem) => problem.kind)).toEqual(['layout']);
    const broken = readBriefing('---\nslug: a\ntitle: [unclosed\n---\n\nFirst.\n', ALLOWED);
    expect(broken.kind === 'unsafe' && broken.problems.map((problem) => problem.kind)).toEqual(['syntax']);
  });
});
