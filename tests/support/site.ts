/**
 * Real sites for tests: a copy of the project in a temporary folder, its seeds ingested by the
 * real pipeline, built by the real `astro build` (Pagefind included), and served by the real
 * `astro preview`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { writeBriefing } from '../../src/io/write-briefing.ts';
import { runIngest } from '../../src/pipeline/run.ts';
import { toMdx } from '../../src/pipeline/stages/to-mdx.ts';
import type { Briefing } from '../../src/pipeline/types.ts';
import { ROOT } from './seeds.ts';

/** Astro's command-line entry point, run with the Node running the tests. */
export const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** What goes into a fixture site. */
export interface FixtureOptions {
  /** Seed files by name, as text or bytes. */
  readonly seeds: Readonly<Record<string, string | Uint8Array>>;
  /** Briefings written straight to MDX, bypassing the cleaner. */
  readonly briefings?: readonly Briefing[];
  /** MDX files by name, written into `content/briefings` as a curator would. */
  readonly files?: Readonly<Record<string, string>>;
  /** The base path the site is built for, such as `/dossier/`. */
  readonly base?: string;
}

/** A built fixture site. */
export interface FixtureSite {
  readonly root: string;
  readonly dist: string;
  readonly base: string;
  /** The build's own output, for assertions on what it reports. */
  readonly buildLog: string;
  /** A built page, parsed: `page('briefings/x/')`. */
  page(route: string): Root;
  remove(): void;
}

/**
 * Copy what `astro build` needs of the project (or of another checkout of it, `from`) into a new
 * temporary folder, with no content. Returns the folder.
 */
export function copyProject(prefix = 'dossier-site-', from = ROOT): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(from, entry), path.join(root, entry), { recursive: true });
  }
  linkDependencies(root);
  return root;
}

/** Copy the project into a temporary folder and fill `seeds/` and `content/` as told. Returns the folder. */
export async function prepareFixtureSite(options: FixtureOptions): Promise<string> {
  const root = copyProject();
  const seedsDir = path.join(root, 'seeds');
  const outDir = path.join(root, 'content', 'briefings');
  mkdirSync(seedsDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of Object.entries(options.seeds)) writeFileSync(path.join(seedsDir, name), content);
  await runIngest({ seedsDir, outDir, jsonFile: null, now: null }, () => {});
  for (const briefing of options.briefings ?? []) {
    const mdx = toMdx(briefing).value;
    if (mdx === null) throw new Error(`The writer refused the fixture briefing ${briefing.slug}`);
    await writeBriefing(outDir, { slug: briefing.slug, mdx, seedSha256: briefing.source.sha256 }, false);
  }
  for (const [name, mdx] of Object.entries(options.files ?? {})) writeFileSync(path.join(outDir, name), mdx);
  return root;
}

/** Run `astro build` in a prepared folder; `log` is all it printed. */
export function runAstroBuild(root: string, base = '/'): { ok: boolean; log: string } {
  const build = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: root, encoding: 'utf8', env: siteEnv(base) });
  return { ok: build.status === 0, log: `${build.stdout}${build.stderr}` };
}

/** Copy the project into a temporary folder, ingest `seeds`, and run `astro build` there. */
export async function buildFixtureSite(options: FixtureOptions): Promise<FixtureSite> {
  const root = await prepareFixtureSite(options);
  const base = options.base ?? '/';
  const { ok, log: buildLog } = runAstroBuild(root, base);
  if (!ok) throw new Error(`astro build failed in ${root}:\n${buildLog}`);
  const dist = path.join(root, 'dist');
  return {
    root,
    dist,
    base,
    buildLog,
    page: (route) => fromHtml(readFileSync(path.join(dist, route, route.endsWith('.html') ? '' : 'index.html'), 'utf8')),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A running `astro preview` of a fixture site. */
export interface PreviewServer {
  /** The site's address, base path included: `http://127.0.0.1:41234/dossier/`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Serve a built fixture site with `astro preview` on 127.0.0.1, on a free port. */
export async function previewFixtureSite(site: FixtureSite): Promise<PreviewServer> {
  const server = await startAstroServer(site.root, 'preview', siteEnv(site.base));
  return { url: server.url, stop: () => server.stop() };
}

/** A running `astro preview` or `astro dev`, and its process. */
export interface AstroServer extends PreviewServer {
  readonly process: ChildProcess;
  /** All the server printed so far, without colour codes. */
  output(): string;
}

/**
 * Start `astro <command>` in `root` on 127.0.0.1, on a free port; resolves once it prints its
 * address. With `configuredAddress`, on the address of the config instead (Vite takes the next
 * port when that one is taken), as `npm run dev` starts it: Astro counts `--host` and `--port`
 * as a change of config, and drops the content store that `astro build` left.
 */
export async function startAstroServer(root: string, command: 'preview' | 'dev', env: NodeJS.ProcessEnv, configuredAddress = false): Promise<AstroServer> {
  const address = configuredAddress ? [] : ['--host', '127.0.0.1', '--port', '0'];
  let output = '';
  const server = spawn(process.execPath, [ASTRO, command, ...address], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro ${command} did not start:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      // Astro colours its output when it believes it runs in CI; the colour codes are not part of the address.
      output += stripVTControlCharacters(chunk.toString());
      const match = /(http:\/\/(?:127\.0\.0\.1|localhost):\d+\S*)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => reject(new Error(`astro ${command} exited with ${code}:\n${output}`)));
  });
  return { url, process: server, output: () => output, stop: () => stopProcess(server) };
}

/**
 * Give a copy its own `node_modules` folder of links to the project's packages. Vite and ingest
 * keep caches in `node_modules/.vite` and `.cache` (and older checkouts Astro's in `.astro`); sharing them between builds
 * would let one build's output leak into another's, and leave the copy's behind in the project.
 */
export function linkDependencies(root: string): void {
  const modules = path.join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.cache' || entry === '.vite' || entry === '.vite-temp' || entry === '.vitest-cache') continue;
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
}

/** The environment a fixture site is built and served with. */
export function siteEnv(base: string): NodeJS.ProcessEnv {
  return { ...process.env, DOSSIER_BASE: base, DOSSIER_SITE: 'https://example.org', ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * The environment a developer's shell gives `astro dev` for a fixture site: without Vitest's
 * `NODE_ENV=test` and markers, which make Vite serve a test build.
 */
export function devEnv(base = '/'): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(siteEnv(base)).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}
