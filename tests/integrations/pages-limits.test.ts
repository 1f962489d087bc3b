import { describe, expect, test } from 'vitest';
import { checkSizes, GITHUB_PAGES_LIMITS } from '../../src/integrations/pages-limits.ts';

const MiB = 1024 ** 2;

describe('checkSizes', () => {
  test('passes a site that fits, with a report of its size', () => {
    const { problems, report } = checkSizes(
      [
        { path: 'index.html', bytes: 10 * 1024 },
        { path: 'pagefind/index.pf', bytes: 3 * MiB },
        { path: 'briefings/a/index.html', bytes: 20 * 1024 },
      ],
      GITHUB_PAGES_LIMITS,
    );
    expect(problems).toEqual([]);
    expect(report).toBe(
      'Site size: 3.0 MiB in 3 files.\n' +
        'Largest files: pagefind/index.pf (3.0 MiB), briefings/a/index.html (20.0 KiB), index.html (10.0 KiB).\n' +
        'By folder: pagefind/ 3.0 MiB, briefings/ 20.0 KiB, (top level) 10.0 KiB.',
    );
  });

  test('names every file over 100 MiB', () => {
    const { problems } = checkSizes(
      [
        { path: 'media/big.mp4', bytes: 150 * MiB },
        { path: 'media/ok.mp4', bytes: 100 * MiB },
      ],
      GITHUB_PAGES_LIMITS,
    );
    expect(problems).toEqual(['media/big.mp4 is 150.0 MiB; GitHub Pages takes files up to 100.0 MiB']);
  });

  test('refuses a site over 1 GB in total', () => {
    const files = Array.from({ length: 12 }, (_, index) => ({ path: `part-${index}.bin`, bytes: 90 * MiB }));
    expect(checkSizes(files, GITHUB_PAGES_LIMITS).problems).toEqual([
      'The site is 1.13 GB; GitHub Pages takes sites up to 1.00 GB',
    ]);
  });
});
