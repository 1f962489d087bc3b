import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/pipeline/diagnostics.ts';
import { findUnsafeNodes, toGuardDiagnostics } from '../../src/pipeline/mdx-guard.ts';
import { CURATOR_COMPONENTS } from '../../src/site-config.ts';
import { ROOT } from '../support/seeds.ts';
import { buildFixtureSite, prepareFixtureSite, runAstroBuild } from '../support/site.ts';

const FRONT_MATTER = '---\nslug: edited\ntitle: Edited by hand\ndek: null\nsummary: null\noutlet: null\nbyline: null\npublished: null\npublishedZone: null\nsource:\n  file: edited.txt\n  sha256: "' + '0'.repeat(64) + '"\n  encoding: utf-8\ndates: []\ntimeline: []\nentities:\n  people: []\n  organizations: []\n  places: []\nquotes: []\ndropped: []\ndiagnostics: []\ngenerator: dossier\n---\n';

describe('the MDX guard', () => {
  test('finds no code or markup in any briefing of content/briefings', () => {
    const folder = path.join(ROOT, 'content', 'briefings');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((file) =>
      toGuardDiagnostics(findUnsafeNodes(readFileSync(path.join(folder, file), 'utf8'), CURATOR_COMPONENTS)).map(
        (diagnostic) => formatDiagnostic(`content/briefings/${file}`, diagnostic),
      ),
    );
    expect(problems).toEqual([]);
  });

  test('stops the build at a hand-edited briefing with code in it, naming file, line and column', async () => {
    const root = await prepareFixtureSite({
      seeds: {},
      files: { 'edited.mdx': `${FRONT_MATTER}\nA fine first paragraph.\n\nexport const leak = process.env.HOME\n` },
    });
    try {
      const { ok, log } = runAstroBuild(root);
      expect(ok).toBe(false);
      expect(log).toContain('Refusing to build content/briefings/edited.mdx: it holds code or markup, not text.');
      expect(log).toContain('content/briefings/edited.mdx:28:1: error: mdx-esm: Found an import or export, which would run at build time');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('stops the build at a directive on an allowlisted component, naming file, line and column', async () => {
    const root = await prepareFixtureSite({
      seeds: {},
      files: { 'edited.mdx': `${FRONT_MATTER}\nA fine first paragraph.\n\n<Aside set:html="<img src=x onerror=alert(1)>" />\n` },
    });
    try {
      const { ok, log } = runAstroBuild(root);
      expect(ok).toBe(false);
      expect(log).toContain(
        'content/briefings/edited.mdx:28:8: error: mdx-directive: Found an Astro directive on <Aside>, which would make the page render code or raw HTML: `set:html="<img src=x onerror=alert(1)>" />`',
      );
      expect(existsSync(path.join(root, 'dist', 'briefings', 'edited'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("renders a curator's allowlisted component", async () => {
    const site = await buildFixtureSite({
      seeds: {},
      files: { 'edited.mdx': `${FRONT_MATTER}\nA fine first paragraph.\n\n<Aside title="Context">The vote was on *Monday*.</Aside>\n` },
    });
    try {
      const asides = selectAll('article .body aside.curator-aside', site.page('briefings/edited/'));
      expect(asides.map((aside) => toText(aside).replace(/\s+/g, ' ').trim())).toEqual(['Context The vote was on Monday.']);
    } finally {
      site.remove();
    }
  });
});
