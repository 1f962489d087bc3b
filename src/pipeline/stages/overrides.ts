/**
 * Read a curator's sidecar file (`seeds/<name>.yaml`) into overrides, with every mistake
 * reported at its line and column and said in the curator's terms.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { OverridesSchema, type Overrides } from '../../schemas/overrides.ts';
import { error, type Diagnostic, type Staged } from '../diagnostics.ts';
import { describeInvisibles, removeInvisibles } from './decode.ts';

const NOT_APPLIED = 'the sidecar was not applied';

/**
 * Parse and check a sidecar. A sidecar with any mistake is not applied at all (half a
 * correction can be worse than none); each mistake is an error with its place.
 *
 * @example parseOverrides('featured: maybe\n').diagnostics[0].message
 *   // '"featured": expected true or false, found "maybe"; the sidecar was not applied'
 */
export function parseOverrides(text: string): Staged<Overrides | null> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      value: null,
      diagnostics: document.errors.map((problem) => {
        const [start] = problem.linePos ?? [];
        const what = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? problem.code;
        return error('sidecar-yaml', `${what}; ${NOT_APPLIED}`, start ? { line: start.line, column: start.col } : undefined);
      }),
    };
  }
  const data = readData(document, lineCounter);
  if (!data.ok) return { value: null, diagnostics: [data.problem] };
  const cleaned = cleanStrings(data.value);
  const found = cleaned.invisibles === 0 ? [] : [describeInvisibles(cleaned.invisibles)];
  const parsed = OverridesSchema.safeParse(cleaned.value ?? {});
  if (parsed.success) return { value: parsed.data, diagnostics: found };
  const diagnostics = parsed.error.issues.flatMap((issue) => describeIssue(issue, document, lineCounter));
  return { value: null, diagnostics: [...found, ...diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))] };
}

/**
 * How many nodes the aliases of a sidecar may stand for. A few aliases are handy; aliases of
 * aliases grow exponentially (a "billion laughs" file), and past this many the file is refused
 * before it is expanded.
 */
const MAX_ALIAS_COUNT = 100;

/** The plain data of a parsed sidecar; an error at the first alias when its aliases expand too far. */
function readData(document: Document, lineCounter: LineCounter): { ok: true; value: unknown } | { ok: false; problem: Diagnostic } {
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (cause) {
    let first: Node | undefined;
    visit(document, {
      Alias(_key, node) {
        first = node;
        return visit.BREAK;
      },
    });
    const reason = cause instanceof Error ? cause.message : String(cause);
    const what = /alias count/i.test(reason) ? `Its aliases expand to more than ${MAX_ALIAS_COUNT} copies` : `Cannot read its aliases (${reason})`;
    return { ok: false, problem: error('sidecar-yaml', `${what}; ${NOT_APPLIED}`, placeOf(first, lineCounter)) };
  }
}

/**
 * Clean every text of a sidecar by the rules seed text is cleaned by: YAML escapes such as
 * `"\0"` or `"\u202e"` write control characters and bidi overrides the file's bytes did not
 * hold; they are removed, and the text is NFC, like every line of a seed.
 */
function cleanStrings(value: unknown): { value: unknown; invisibles: number } {
  let invisibles = 0;
  const clean = (item: unknown): unknown => {
    if (typeof item === 'string') {
      const removed = removeInvisibles(item);
      invisibles += removed.count;
      return removed.text.normalize('NFC');
    }
    if (Array.isArray(item)) return item.map(clean);
    if (typeof item === 'object' && item !== null && !(item instanceof Date)) {
      return Object.fromEntries(Object.entries(item).map(([key, entry]) => [clean(key), clean(entry)]));
    }
    return item;
  };
  return { value: clean(value), invisibles };
}

function describeIssue(issue: z.core.$ZodIssue, document: Document, lineCounter: LineCounter): Diagnostic[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(OverridesSchema.shape).join(', ');
    return issue.keys.map((key) =>
      error('sidecar-field', `Unknown field "${[...path, key].join('.')}"; expected one of ${known}; ${NOT_APPLIED}`, placeOfKey(document, path, key, lineCounter)),
    );
  }
  const node = document.getIn(path, true) as Node | undefined;
  const found = node === undefined ? 'nothing' : describeValue(document.getIn(path));
  return [error('sidecar-field', `"${path.join('.')}": ${issue.message}, found ${found}; ${NOT_APPLIED}`, placeOf(node, lineCounter))];
}

/** Where a key of the mapping at `path` is written. */
function placeOfKey(document: Document, path: readonly (string | number)[], key: string, lineCounter: LineCounter) {
  const mapping = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(mapping)) return undefined;
  const pair = mapping.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  return placeOf(isPair(pair) ? (pair.key as Node) : undefined, lineCounter);
}

function placeOf(node: Node | undefined, lineCounter: LineCounter) {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function describeValue(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
