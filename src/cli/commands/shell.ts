/** `ebuild-builder shell ID [-- CMD…]`: a shell in ${S} of a kept build, or one command there. */
import { UserError } from '../../core/userError';
import { execIn, requireKept } from '../../docker/keptBuild';
import { shellCommand } from '../../docker/keptActions';
import type { CliCommand, CliIO } from '../cliTypes';
import { parseKeptArgs, withKeptEngine } from '../keptEngine';
import type { Engine } from '../../docker/engine';
import type { KeptBuild } from '../../core/keptBuild';
import { ensureRunning } from '../../docker/keptBuild';

export const shell: CliCommand = {
  name: 'shell',
  summary: 'a shell in a kept build, in ${S}, with its environment',
  usage: `Usage: ebuild-builder shell ID [-- CMD…] [--engine URL | --context NAME]

Opens a shell in the kept build ID, as the user Portage built as, in \${S}, with the build's environment
loaded (emake, the eclass functions, \${WORKDIR} …). With -- CMD…, runs that command there instead and exits
with its status.
`,
  async run(args, io) {
    const { values, positionals, command } = parseKeptArgs(args, 'shell');
    if (positionals.length !== 1) throw new UserError('shell needs the id of a kept build.', 'Run `ebuild-builder kept` to list them.', 'bad-flag');
    return withKeptEngine(values as { engine?: string }, io, async (engine) => {
      const kept = await requireKept(engine, positionals[0]);
      const sh = await shellCommand(engine, kept, command.length ? command : undefined);
      if (command.length) {
        const r = await execIn(engine, kept, sh.cmd, { user: sh.user, env: sh.env, onOutput: (s, d) => (s === 'stderr' ? io.stderr : io.stdout).write(d) });
        return r.exitCode;
      }
      if (!process.stdin.isTTY) throw new UserError('An interactive shell needs a terminal.', 'Run it in a terminal, or give a command: `ebuild-builder shell ID -- make`.', 'no-tty');
      return interactive(engine, kept, sh, io);
    });
  },
};

/** A tty exec wired to this terminal: raw input, output as it comes, the window size followed. */
async function interactive(engine: Engine, kept: KeptBuild, sh: { cmd: string[]; user: string; env: string[] }, io: CliIO): Promise<number> {
  const container = await ensureRunning(engine, kept);
  const exec = await container.exec({ Cmd: sh.cmd, User: sh.user, Env: sh.env, Tty: true, AttachStdin: true, AttachStdout: true, AttachStderr: true });
  const stream = (await exec.start({ hijack: true, stdin: true, Tty: true })) as NodeJS.ReadWriteStream;
  const resize = () => void exec.resize({ h: process.stdout.rows ?? 24, w: process.stdout.columns ?? 80 }).catch(() => undefined);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  process.stdin.pipe(stream);
  stream.on('data', (d: Buffer) => io.stdout.write(d));
  process.stdout.on('resize', resize);
  resize();
  await new Promise<void>((r) => { stream.on('end', r); stream.on('close', r); });
  process.stdin.unpipe(stream);
  process.stdin.setRawMode(false);
  process.stdin.pause();
  process.stdout.removeListener('resize', resize);
  return (await exec.inspect()).ExitCode ?? 0;
}
