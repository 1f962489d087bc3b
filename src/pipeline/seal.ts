/**
 * The seal ingest puts on the MDX files it writes: `digest: sha256-…` in the front matter, the
 * hash of the whole file as written (with that one value blank). A file whose seal no longer
 * matches was edited by hand.
 */
import { createHash } from 'node:crypto';

/** What the digest reads while the file is hashed; it has the same shape as a real digest. */
export const DIGEST_PLACEHOLDER = `sha256-${'x'.repeat(64)}`;

const DIGEST_LINE = /^digest: (sha256-[0-9a-fx]{64})$/m;

/** What an MDX file's seal says about it. */
export type SealState = 'sealed' | 'edited' | 'unsealed';

/**
 * Seal MDX text written with `digest: <DIGEST_PLACEHOLDER>` in its front matter.
 *
 * @example sealMdx('---\ntitle: x\ndigest: sha256-xxx…\n---\n\nText.\n') // '---\ntitle: x\ndigest: sha256-3f2a…\n---\n\nText.\n'
 */
export function sealMdx(mdx: string): string {
  const placeholder = `digest: ${DIGEST_PLACEHOLDER}`;
  if (!mdx.includes(placeholder)) throw new Error('Cannot seal MDX written without the digest placeholder');
  return mdx.replace(placeholder, `digest: ${hashOf(mdx)}`);
}

/**
 * Whether an MDX file is exactly as ingest wrote it (`sealed`), was changed since (`edited`),
 * or never carried a seal (`unsealed`: written by hand, or by an older Dossier).
 */
export function readSeal(mdx: string): SealState {
  const frontMatter = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(mdx)?.[0] ?? '';
  const digest = DIGEST_LINE.exec(frontMatter)?.[1];
  if (digest === undefined) return 'unsealed';
  return hashOf(mdx.replace(`digest: ${digest}`, `digest: ${DIGEST_PLACEHOLDER}`)) === digest ? 'sealed' : 'edited';
}

function hashOf(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('hex')}`;
}
