/**
 * `npm run dev -- extract FILE`: the CLI straight from the sources under tsx. cli/main.ts
 * only defines `main` (bin/qhdocs.js calls it on the build), so running main.ts itself
 * printed nothing; this entry calls it the way bin/ does.
 */
import { main } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
