import { describe, expect, test } from 'vitest';
import { classifyBlocks } from '../../src/pipeline/stages/clean/classify.ts';
import { segmentLines } from '../../src/pipeline/stages/clean/segment.ts';
import { scoredTail } from '../../src/pipeline/stages/clean/tail.ts';

/** The blocks of a text, all taken as the body, and the texts the scored tail drops from it. */
function droppedTail(text: string): string[] {
  const blocks = classifyBlocks(segmentLines(text.split('\n').map((line, index) => ({ line: index + 1, text: line }))));
  const dropped = scoredTail(blocks, blocks.map((_, index) => index));
  return dropped.map((index) => blocks[index]?.text ?? '').reverse();
}

const STORY = [
  'The town library will open until nine in the evening on weekdays from next month, the council said on Wednesday, after a survey found most readers wanted later hours.',
  'The change will cost about forty thousand pounds a year, which the council will take from its reserves until a new budget is agreed in the spring.',
  'Staff will be paid extra for the evening shifts, and two new assistants will be hired to cover them, the head librarian said.',
  'The library café will also stay open later, though its kitchen will close at seven.',
];

describe('the scored end of an article', () => {
  test('drops a run of short teaser headlines with counts after the last paragraph', () => {
    const teasers = ['Ferry fares to rise in May 12 comments', 'Harbour wall repairs begin 4 comments', 'New bus route for the estate 7 comments', 'School wins national chess title 3 comments'];
    expect(droppedTail([...STORY, ...teasers].join('\n\n'))).toEqual(teasers);
  });

  test('keeps every paragraph of a story that ends as a story does', () => {
    expect(droppedTail(STORY.join('\n\n'))).toEqual([]);
  });
});
