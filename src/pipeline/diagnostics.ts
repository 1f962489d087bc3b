/**
 * Diagnostics: problems in a seed, returned as data by the stages (never thrown), and their
 * one-line form, `seeds/x.txt:12:5: warning: byline-zone: <what was found, what was done>`.
 */
import type { Diagnostic } from '../schemas/briefing.ts';

export type { Diagnostic };

/** Where in a seed a diagnostic points: a 1-based line and, when known, column. */
export interface Place {
  readonly line: number;
  readonly column?: number;
}

/** A stage's result: its value, and what it had to say about the input. */
export interface Staged<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** Make a warning: the work went on, but the reader should know what was done. */
export function warning(rule: string, message: string, place?: Place): Diagnostic {
  return toDiagnostic('warning', rule, message, place);
}

/** Make an error: this seed, or this part of it, could not be used. */
export function error(rule: string, message: string, place?: Place): Diagnostic {
  return toDiagnostic('error', rule, message, place);
}

function toDiagnostic(severity: Diagnostic['severity'], rule: string, message: string, place?: Place): Diagnostic {
  return { severity, rule, line: place?.line ?? null, column: place?.column ?? null, message };
}

/**
 * Format a diagnostic as one line a terminal or editor can jump from. A file name or message
 * holding a line end or another control character has it escaped, and such a name is written
 * in quotes, so no name or seed text can break the line or forge another diagnostic.
 *
 * @example formatDiagnostic('seeds/x.txt', warning('byline-zone', 'Unknown zone "XST"; kept the day', { line: 2, column: 38 }))
 *   // 'seeds/x.txt:2:38: warning: byline-zone: Unknown zone "XST"; kept the day'
 * @example formatDiagnostic('seeds/a\nb.txt', warning('no-byline', 'Found no byline'))
 *   // '"seeds/a\\nb.txt": warning: no-byline: Found no byline'
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const place = diagnostic.line === null ? '' : `:${diagnostic.line}${diagnostic.column === null ? '' : `:${diagnostic.column}`}`;
  return `${quoteFileName(file)}${place}: ${diagnostic.severity}: ${diagnostic.rule}: ${escapeUnsafe(diagnostic.message)}`;
}

/**
 * A file name as a terminal should show it: as it is, or, when it holds a line end or another
 * control character (a terminal's escape sequences among them), in quotes with those escaped.
 *
 * @example quoteFileName('seeds/a\u001b[2Jb.txt') // '"seeds/a\\u001b[2Jb.txt"'
 */
export function quoteFileName(file: string): string {
  return UNSAFE.test(file) ? `"${escapeUnsafe(file.replace(/["\\]/g, '\\$&'))}"` : file;
}

/**
 * Characters that end a line or change how one reads: C0 and C1 controls, the Unicode line and
 * paragraph separators, and bidi embeddings, overrides, isolates and marks.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Write each unsafe character as its escape: `\n`, `\r`, `\t`, or `\u2028`. */
function escapeUnsafe(text: string): string {
  return text.replace(new RegExp(UNSAFE.source, 'gu'), (char) => {
    const short = SHORT_ESCAPES[char];
    return short ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
  });
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
