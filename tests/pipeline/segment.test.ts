import { describe, expect, test } from 'vitest';
import { segmentLines } from '../../src/pipeline/stages/clean/segment.ts';

const lines = (text: string) => text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
const texts = (text: string) => segmentLines(lines(text)).map((block) => block.text);

describe('segmentLines', () => {
  test('makes one block of each line, with or without blank lines between them', () => {
    expect(texts('Headline\nFirst paragraph.\n\nSecond paragraph.')).toEqual(['Headline', 'First paragraph.', 'Second paragraph.']);
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
