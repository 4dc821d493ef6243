// V8 settings for a qhdocs run, read by bin/qhdocs.js and by the benchmark's in-process runs.
//
// A run is short and mostly cold: much of its CPU goes to TurboFan compiling the readers' hot
// functions, on a thread that competes with the run itself on a small machine. Inlining, loop
// peeling and escape analysis make each of those compiles several times larger; without them
// the compiled code is a little slower but ready sooner, and the CLI over an archive of 300
// notices measured about 15% faster in wall time (25% less CPU). Output is the same: these
// passes only change how fast the code runs. QHDOCS_V8_DEFAULTS=1 keeps V8's defaults.
export const V8_FLAGS = ['--no-turbo-inlining', '--no-turbo-loop-peeling', '--no-turbo-escape'];

/** QHDOCS_V8_DEFAULTS=1: V8's defaults (Node calls flags set after start-up unsupported; the test checks today's) */
export const keepV8Defaults = () => process.env.QHDOCS_V8_DEFAULTS === '1';

/** the flags a node process runs qhdocs with (none when V8's defaults are kept) */
export const v8Flags = () => (keepV8Defaults() ? [] : V8_FLAGS);
