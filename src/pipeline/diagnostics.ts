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
 * Format a diagnostic as one line a terminal or editor can jump from.
 *
 * @example formatDiagnostic('seeds/x.txt', warning('byline-zone', 'Unknown zone "XST"; kept the day', { line: 2, column: 38 }))
 *   // 'seeds/x.txt:2:38: warning: byline-zone: Unknown zone "XST"; kept the day'
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const place = diagnostic.line === null ? '' : `:${diagnostic.line}${diagnostic.column === null ? '' : `:${diagnostic.column}`}`;
  return `${file}${place}: ${diagnostic.severity}: ${diagnostic.rule}: ${diagnostic.message}`;
}
