/** Runs the CLI in-process with captured output, as a user would see it from a shell. */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main';

export async function runMain(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c));
  stderr.on('data', (c: Buffer) => (err += c));
  const code = await main(args, { stdout, stderr, cwd, env });
  return { code, out, err };
}
