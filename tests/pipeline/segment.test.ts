import { describe, expect, test } from 'vitest';
import { segmentLines } from '../../src/pipeline/stages/clean/segment.ts';

const lines = (text: string) => text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
const texts = (text: string) => segmentLines(lines(text)).map((block) => block.text);

describe('segmentLines', () => {
  test('makes one block of each line, with or without blank lines between them', () => {
    expect(texts('Headline\nFirst paragraph.\n\nSecond paragraph.')).toEqual(['Headline', 'First paragraph.', 'Second paragraph.']);
  });

  test('shows a quoted post without its quote marks, and a line of marks alone parts its paragraphs', () => {
    const post = ['> Sharing the full letter the council sent to every family on the harbour front.', '>', '> We must rebuild the wall before winter.', '> — Ana Ruiz (@anaruiz) November 19, 2019'].join('\n');
    const blocks = segmentLines(lines(`The mayor answered online.\n\n${post}`));
    expect(blocks.map((block) => [block.text, block.quoted])).toEqual([
      ['The mayor answered online.', false],
      ['Sharing the full letter the council sent to every family on the harbour front.', true],
      ['We must rebuild the wall before winter.', true],
      ['— Ana Ruiz (@anaruiz) November 19, 2019', true],
    ]);
  });

  test('joins the lines of text wrapped at a fixed width, and starts a paragraph after a short line', () => {
    const wrapped = [
      'The committee met on Tuesday to discuss the proposal, which would',
      'raise the fee for every visitor to the park by two pounds a day from',
      'the first of June.',
      'A decision is expected next week.',
    ].join('\n');
    const blocks = segmentLines(lines(wrapped));
    expect(blocks.map((block) => block.text)).toEqual([
      'The committee met on Tuesday to discuss the proposal, which would raise the fee for every visitor to the park by two pounds a day from the first of June.',
      'A decision is expected next week.',
    ]);
    expect(blocks.map((block) => [block.line, block.lineCount])).toEqual([
      [1, 3],
      [4, 1],
    ]);
  });

  test('does not join a list of headlines that happen to be of a length', () => {
    const headlines = [
      'Longtime gunmaker leaving the state for Wyoming after fifty years',
      'Teacher realizes her dream on a television quiz show in the city',
      'Police call the disappearance of a bar owner suspicious on Monday',
    ].join('\n');
    expect(texts(headlines)).toHaveLength(3);
  });

  test('marks two or more bulleted or numbered lines as a list, without their markers', () => {
    const blocks = segmentLines(lines('- first\n- second\n\n1. one\n2. two\n3. three'));
    expect(blocks.map((block) => [block.text, block.list?.ordered, block.list?.group])).toEqual([
      ['first', false, 0],
      ['second', false, 0],
      ['one', true, 1],
      ['two', true, 1],
      ['three', true, 1],
    ]);
    expect(blocks.map((block) => block.source)).toEqual(['- first', '- second', '1. one', '2. two', '3. three']);
  });

  test('leaves a lone dash or number at the start of a line as text', () => {
    expect(segmentLines(lines('- not a list\n\n2019. A year to forget.')).map((block) => [block.text, block.list])).toEqual([
      ['- not a list', null],
      ['2019. A year to forget.', null],
    ]);
  });

  test('numbers that do not count up are not one list', () => {
    expect(segmentLines(lines('1. one\n3. three')).map((block) => block.list)).toEqual([null, null]);
  });
});
