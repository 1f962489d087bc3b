/**
 * An Astro integration that measures the built site when the build is done and stops the build
 * if GitHub Pages would refuse it: a file over 100 MiB, or a site over 1 GB. Either way it
 * prints a size report, so a growing site is seen before it hits the limit.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A built file and its size. */
export interface SizedFile {
  /** Path relative to the build output, with `/` separators. */
  readonly path: string;
  readonly bytes: number;
}

/** The largest file and the largest site a host accepts. */
export interface SizeLimits {
  readonly fileBytes: number;
  readonly siteBytes: number;
}

/** GitHub Pages: files up to 100 MiB, published sites up to 1 GB. */
export const GITHUB_PAGES_LIMITS: SizeLimits = { fileBytes: 100 * 1024 ** 2, siteBytes: 1_000_000_000 };

/** What the size check found. */
export interface SizeReport {
  /** One line per limit broken; empty when the site fits. */
  readonly problems: readonly string[];
  /** The total, then the largest files and folders. */
  readonly report: string;
}

/**
 * Check built files against size limits.
 *
 * @example checkSizes([{ path: 'video.mp4', bytes: 200 * 1024 ** 2 }], GITHUB_PAGES_LIMITS).problems
 *   // ['video.mp4 is 200.0 MiB; GitHub Pages takes files up to 100.0 MiB']
 */
export function checkSizes(files: readonly SizedFile[], limits: SizeLimits): SizeReport {
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const largest = [...files].sort((a, b) => b.bytes - a.bytes || compare(a.path, b.path));
  const folders = new Map<string, number>();
  for (const file of files) {
    const folder = file.path.includes('/') ? `${file.path.split('/')[0]}/` : '(top level)';
    folders.set(folder, (folders.get(folder) ?? 0) + file.bytes);
  }
  const problems = [
    ...largest
      .filter((file) => file.bytes > limits.fileBytes)
      .map((file) => `${file.path} is ${formatBytes(file.bytes)}; GitHub Pages takes files up to ${formatBytes(limits.fileBytes)}`),
        // GitHub states the site limit in decimal gigabytes.
    ...(total > limits.siteBytes ? [`The site is ${formatGigabytes(total)}; GitHub Pages takes sites up to ${formatGigabytes(limits.siteBytes)}`] : []),
  ];
  const report = [
    `Site size: ${formatBytes(total)} in ${files.length} files.`,
    `Largest files: ${largest.slice(0, 5).map((file) => `${file.path} (${formatBytes(file.bytes)})`).join(', ')}.`,
    `By folder: ${[...folders].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).slice(0, 5).map(([folder, bytes]) => `${folder} ${formatBytes(bytes)}`).join(', ')}.`,
  ].join('\n');
  return { problems, report };
}

/** Stop the build when the output would not fit on GitHub Pages. */
export function pagesLimits(limits: SizeLimits = GITHUB_PAGES_LIMITS): AstroIntegration {
  return {
    name: 'dossier:pages-limits',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { problems, report } = checkSizes(await listSizes(fileURLToPath(dir)), limits);
        logger.info(report);
        if (problems.length > 0) {
          throw new Error(`The site is too large for GitHub Pages:\n${problems.join('\n')}\n${report}`);
        }
      },
    },
  };
}

async function listSizes(root: string): Promise<SizedFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return { path: path.relative(root, file).split(path.sep).join('/'), bytes: (await stat(file)).size };
      }),
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

function formatGigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
