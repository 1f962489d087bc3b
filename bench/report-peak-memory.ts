/**
 * Preloaded with `node --import` by the benchmark: prints the process's peak resident memory
 * on exit, as `peak-rss-bytes N` on stderr.
 */
process.on('exit', () => {
  // resourceUsage() gives kilobytes.
  process.stderr.write(`peak-rss-bytes ${process.resourceUsage().maxRSS * 1024}\n`);
});
