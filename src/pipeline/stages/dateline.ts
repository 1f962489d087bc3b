/**
 * Read the dateline that opens a wire story's first paragraph: `WASHINGTON (AP) —`,
 * `(Reuters) -`, `NAIROBI, Kenya (AP) _`, `LONDON, March 3 (Reuters) -`. The dateline stays in
 * the paragraph (it is part of the text a reader sees); it names the place and the outlet.
 */
import type { Outlet } from '../reference/outlets.ts';
import { findOutlet } from './byline.ts';

/** What a dateline says. */
export interface Dateline {
  /** The place as printed, or null for a bare `(Reuters) -`. */
  readonly place: string | null;
  /** The outlet's canonical name when it is a known one, else as printed. */
  readonly outlet: string | null;
}

/**
 * A place in capitals (with an optional region and date after a comma), the agency in
 * parentheses, then a dash or underscore. Every part is a bounded class: linear on any line.
 */
const DATELINE = /^(?:([\p{Lu}][\p{Lu}\p{M} .'-]{1,40}(?:,[\p{L}\p{N} .'-]{1,40})?)\s+)?\((\p{L}[\p{L} .&-]{0,30})\)\s*[—–_-]{1,2}\s/u;

/**
 * Read the dateline at the start of a paragraph, or null when it has none.
 *
 * @example readDateline('WASHINGTON (AP) — The Senate voted …', outlets) // { place: 'WASHINGTON', outlet: 'Associated Press' }
 */
export function readDateline(text: string, outlets: readonly Outlet[]): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  const [, place, agency = ''] = match;
  return { place: place?.trim() ?? null, outlet: findOutlet(agency, outlets)?.name ?? agency.trim() };
}

/**
 * A place in capitals and a dash opening a paragraph, with no agency: `WESTMERE — The board …`,
 * `PORTO, Portugal - A ferry …`. The place takes three characters at least, so that a
 * headline's `A — B` is none.
 */
const PLACE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'-]{2,40}(?:,[\p{L}\p{N} .'-]{1,40})?\s[—–_-]{1,2}\s/u;

/** Whether the text opens with a dateline, with or without its agency: `WESTMERE — The board …`. */
export function opensWithDateline(text: string): boolean {
  return DATELINE.test(text) || PLACE_DATELINE.test(text);
}

/**
 * The paragraph without the dateline that opens it: what a title made from it starts with.
 *
 * @example withoutDateline('WASHINGTON (AP) — The Senate voted …') // 'The Senate voted …'
 * @example withoutDateline('WESTMERE — The board voted …') // 'The board voted …'
 */
export function withoutDateline(text: string): string {
  const match = DATELINE.exec(text) ?? PLACE_DATELINE.exec(text);
  return match === null ? text : text.slice(match[0].length).trimStart();
}

/**
 * Whether a block is a dateline on its own line, as wire copy prints it before the story:
 * `NAIROBI, Kenya (AP) _`, `TEHRAN, August 8 (Xinhua) --`.
 */
export function isDatelineOnly(text: string): boolean {
  return DATELINE.exec(`${text} `)?.[0].trim() === text.trim() || PLACE_ONLY.test(text);
}

/** A dateline without its agency, on its own line: `ATLANTA _`, `WASHINGTON —`. */
const PLACE_ONLY = /^\p{Lu}[\p{Lu}\p{M} .,'-]{1,40}\s[—–_-]{1,2}$/u;
