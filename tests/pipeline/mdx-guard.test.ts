import { describe, expect, test } from 'vitest';
import { findUnsafeNodes, toGuardDiagnostics } from '../../src/pipeline/mdx-guard.ts';

const ALLOWED = { Aside: ['title'] };

describe('findUnsafeNodes', () => {
  test.each([
    ['export const x = 1', 'esm'],
    ['import fs from "node:fs"', 'esm'],
    ['Home is {process.env.HOME}', 'expression'],
    ['{globalThis.fetch("https://example.org")}', 'expression'],
    ['<Widget />', 'jsx'],
    ['Text with <b>bold</b>', 'jsx'],
    ['<script>alert(1)</script>', 'jsx'],
  ])('flags %j as %s', (source, kind) => {
    expect(findUnsafeNodes(source, ALLOWED)).toEqual([expect.objectContaining({ kind, line: 1 })]);
  });

  test('reports a file that does not parse as a syntax problem at its place', () => {
    expect(findUnsafeNodes('fine\n\n<!-- x -->')).toEqual([expect.objectContaining({ kind: 'syntax', line: 3, column: 1 })]);
  });

  test('lets plain Markdown through', () => {
    expect(findUnsafeNodes('# Heading\n\nSome *emphasis* and a [link](https://example.com).')).toEqual([]);
  });

  test('lets an allowlisted component with string attributes through, and checks inside it', () => {
    expect(findUnsafeNodes('<Aside title="Context">A *curated* note.</Aside>', ALLOWED)).toEqual([]);
    expect(findUnsafeNodes('<Aside title="Context">\n\nSee {process.env}.\n\n</Aside>', ALLOWED)).toEqual([
      expect.objectContaining({ kind: 'expression', line: 3 }),
    ]);
  });

  test('refuses an allowlisted component whose attributes are code, at the attribute', () => {
    expect(findUnsafeNodes('<Aside title={process.env.HOME}>x</Aside>', ALLOWED)).toEqual([
      expect.objectContaining({ kind: 'expression', line: 1, column: 8, excerpt: 'title={process.env.HOME}>x</Aside>' }),
    ]);
    expect(findUnsafeNodes('<Aside {...props}>x</Aside>', ALLOWED)).toEqual([expect.objectContaining({ kind: 'expression', column: 8 })]);
  });

  test.each([
    ['<Aside set:html="<img src=x onerror=alert(1)>" />', 'set:html'],
    ['<Aside set:text="x">y</Aside>', 'set:text'],
    ['<Aside is:raw>{"<b>x</b>"}</Aside>', 'is:raw'],
    ['<Aside class:list={["a"]}>x</Aside>', 'class:list'],
    ['<Aside title="ok" xlink:href="javascript:alert(1)">x</Aside>', 'xlink:href'],
  ])('refuses the directive in %j on an allowlisted component', (source, name) => {
    expect(findUnsafeNodes(source, ALLOWED)).toContainEqual(
      expect.objectContaining({ kind: 'directive', line: 1, column: source.indexOf(name) + 1, component: 'Aside' }),
    );
  });

  test('refuses attributes off the component\'s list and bare attribute names', () => {
    expect(findUnsafeNodes('<Aside title="ok"\n  onclick="alert(1)">x</Aside>', ALLOWED)).toEqual([
      expect.objectContaining({ kind: 'attribute', line: 2, column: 3, excerpt: 'onclick="alert(1)">x</Aside>' }),
    ]);
    expect(findUnsafeNodes('<Aside title>x</Aside>', ALLOWED)).toEqual([expect.objectContaining({ kind: 'attribute', column: 8 })]);
  });

  test('refuses a component that is not on the allowlist', () => {
    expect(findUnsafeNodes('<Aside>x</Aside>')).toEqual([expect.objectContaining({ kind: 'jsx' })]);
  });

  test('refuses a front matter layout, which Astro would import', () => {
    expect(findUnsafeNodes('---\ntitle: x\nlayout: ../../secrets.js\n---\n\nText.')).toEqual([
      expect.objectContaining({ kind: 'layout', line: 1 }),
    ]);
  });
});

describe('toGuardDiagnostics', () => {
  test('names the component and the attribute it refuses', () => {
    expect(toGuardDiagnostics(findUnsafeNodes('Text.\n\n<Aside set:html="<img src=x>" />', ALLOWED))).toEqual([
      {
        severity: 'error',
        rule: 'mdx-directive',
        line: 3,
        column: 8,
        message: 'Found an Astro directive on <Aside>, which would make the page render code or raw HTML: `set:html="<img src=x>" />`',
      },
    ]);
  });

  test('says what was found and where, with a rule per kind', () => {
    expect(toGuardDiagnostics(findUnsafeNodes('Fine.\n\nexport const x = 1'))).toEqual([
      {
        severity: 'error',
        rule: 'mdx-esm',
        line: 3,
        column: 1,
        message: 'Found an import or export, which would run at build time: `export const x = 1`',
      },
    ]);
  });
});
