import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findUnsafeNodes } from '../../src/pipeline/mdx-guard.ts';
import { toMdx } from '../../src/pipeline/stages/to-mdx.ts';
import type { Paragraph } from '../../src/pipeline/types.ts';
import { INJECTIONS, makeBriefing } from '../support/briefings.ts';

/** Text made of MDX's own syntax as much as of words. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...INJECTIONS, '{', '}', '<', '>', 'import', 'export', '---', '\n', ' ', '`', '*', '_', '[', ']', '(', ')', '#', '- ', '1. ', '&amp;', '\\'),
      fc.string({ maxLength: 12 }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const body = fc.array(fc.tuple(hostileText, fc.constantFrom('plain', 'bullet', 'number')), { minLength: 1, maxLength: 8 }).map((items) =>
  items.map(([text, kind], index): Paragraph => {
    const paragraph = { id: `p-${index + 1}`, text };
    return kind === 'plain' ? paragraph : { ...paragraph, list: { id: kind === 'bullet' ? 'l-1' : 'l-2', ordered: kind === 'number' } };
  }),
);

describe('toMdx, on any text', () => {
  test.prop([body])('writes MDX that holds no code, or writes nothing and says why', (paragraphs) => {
    const written = toMdx(makeBriefing({ body: paragraphs }));
    if (written.value === null) {
      expect(written.diagnostics).toEqual([expect.objectContaining({ severity: 'error', rule: 'mdx-unsafe' })]);
    } else {
      expect(findUnsafeNodes(written.value)).toEqual([]);
    }
  });

  test.prop([fc.array(fc.string({ unit: 'grapheme' }).filter((text) => text.trim() === text && text !== ''), { minLength: 1, maxLength: 5 })])(
    'writes every paragraph of ordinary text',
    (texts) => {
      const written = toMdx(makeBriefing({ body: texts.map((text, index) => ({ id: `p-${index + 1}`, text })) }));
      expect(written.diagnostics).toEqual([]);
    },
  );
});
