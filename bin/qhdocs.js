#!/usr/bin/env node
// Runs the compiled CLI (npm run build writes dist/); tsx is for development only.
import { main } from '../dist/cli/main.js';

process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); });
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
