/** Headless entry: `ebuild-builder <verb> …`. Every verb lives in commands/. */
import { commands } from './commands';
import { isUserError } from '../core/userError';
import type { CliIO } from './cliTypes';

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout.write('Usage: ebuild-builder <command> [options]\n\nCommands:\n');
    for (const c of commands) io.stdout.write(`  ${c.name.padEnd(10)} ${c.summary}\n`);
    io.stdout.write('\nRun `ebuild-builder <command> --help` for its options.\n');
    return verb ? 0 : 2;
  }
  const cmd = commands.find((c) => c.name === verb);
  if (!cmd) {
    io.stderr.write(`ebuild-builder: unknown command '${verb}'. Run \`ebuild-builder --help\` for the list.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(cmd.usage.endsWith('\n') ? cmd.usage : cmd.usage + '\n');
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr.write(`ebuild-builder ${verb}: ${e.toString()}\n`);
      return 2;
    }
    io.stderr.write(`ebuild-builder ${verb}: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 70;
  }
}

if (require.main === module || (process.argv[1] ?? '').match(/ebuild-builder(\.js)?$|dist[\\/]cli\.js$/)) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
    (code) => { process.exitCode = code; },
  );
}
