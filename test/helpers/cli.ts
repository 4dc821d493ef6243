import { main } from '../../src/cli/main.js';

/** run the CLI in-process, capturing what it writes */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ow = process.stdout.write.bind(process.stdout);
  const ew = process.stderr.write.bind(process.stderr);
  // a write's callback (where Node reports write errors) is called, as the real stream does
  const capture =
    (add: (s: string) => void) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      add(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      const cb = rest.find((x) => typeof x === 'function') as ((e?: Error | null) => void) | undefined;
      if (cb) queueMicrotask(() => cb(null));
      return true;
    };
  process.stdout.write = capture((s) => (stdout += s)) as typeof process.stdout.write;
  process.stderr.write = capture((s) => (stderr += s)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}
