import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { SAMPLE_SEED } from '../support/seeds.ts';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';

const built: FixtureSite[] = [];
afterAll(() => built.forEach((site) => site.remove()));

/** Every file under a folder, by relative path, with its bytes. */
function snapshot(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [path.relative(folder, file), readFileSync(file)]),
  );
}

test('two builds from the same seeds, in different folders, give byte-identical content/ and dist/', async () => {
  const seeds = {
    '000_19c9abe1674f8dc9.txt': readFileSync(SAMPLE_SEED),
    'Zeta story.txt': 'Zeta story\n\nA paragraph about the zeta story, written on Monday.\n',
    'alpha.txt': 'Alpha story\nWORLD DESK | THE DAILY | Mar 3, 2024, 08:05 GMT\n\nA first paragraph.\n\nA second paragraph.\n',
  };
  built.push(await buildFixtureSite({ seeds }));
  built.push(await buildFixtureSite({ seeds }));
  const [first, second] = built as [FixtureSite, FixtureSite];

  for (const folder of ['content', 'dist']) {
    const a = snapshot(path.join(first.root, folder));
    const b = snapshot(path.join(second.root, folder));
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file) ?? Buffer.alloc(0))).map(([file]) => file);
    expect(differing).toEqual([]);
  }
  expect(snapshot(path.join(first.root, 'dist')).size).toBeGreaterThan(10);
});
