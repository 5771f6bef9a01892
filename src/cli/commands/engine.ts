/** `ebuild-builder engine`: which Docker engine builds would use, how it was chosen, and whether it answers. */
import { createInterface } from 'node:readline';
import { UserError } from '../../core/userError';
import { connectEngine, type ConnectConfig } from '../../docker/connect';
import { listContexts } from '../../docker/contexts';
import { chooseEngine } from '../../docker/engineChoice';
import { hostPattern } from '../../docker/knownHosts';
import type { CliCommand, CliIO } from '../cliTypes';
import { parseCommandArgs } from '../argList';

const usage = `Usage: ebuild-builder engine [--engine URL | --context NAME] [options]

Prints the Docker engine builds would use, how it was chosen (as the docker CLI chooses: --engine/--context,
then DOCKER_HOST, then DOCKER_CONTEXT, then currentContext in ~/.docker/config.json, then the local socket),
and its server version. Exits 2 with what to fix when the engine cannot be reached.

Options:
  --engine URL              unix:///path.sock, tcp://host:port, ssh://[user@]host[:port], or a context name
  --context NAME            a Docker context (docker context ls)
  --list                    list the Docker contexts (* marks the one in use) and exit
  --accept-host-key SHA256:…  trust this SSH host key fingerprint (shown when the host is unknown); it is
                            then added to ~/.ssh/known_hosts
  --identity-file FILE      SSH private key (else ssh-agent via SSH_AUTH_SOCK, else ~/.ssh/id_*)
  --known-hosts FILE        known_hosts file (default ~/.ssh/known_hosts)
  --timeout SECONDS         how long to wait for the engine (default 20)
  --no-ping                 only print the choice, do not connect

SSH key passphrases are asked on the terminal, or read from EBUILD_BUILDER_SSH_PASSPHRASE.
`;

/** The engine flags every verb that talks to an engine shares. */
export function engineConfigFromFlags(values: Record<string, unknown>, io: CliIO): ConnectConfig {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const timeout = str('timeout');
  if (timeout !== undefined && !(Number(timeout) > 0)) throw new UserError(`--timeout "${timeout}" is not a number of seconds.`, 'Pass e.g. --timeout 30.', 'bad-flag');
  if (str('engine') && str('context')) throw new UserError('--engine and --context both name an engine.', 'Pass only one of them.', 'bad-flag');
  return {
    engine: str('engine'),
    context: str('context'),
    engineSource: str('engine') ? '--engine' : undefined,
    acceptHostKey: str('accept-host-key'),
    // On a terminal, ask as ssh does; elsewhere (CI) only --accept-host-key can vouch for a new host.
    onUnknownHostKey: process.stdin.isTTY
      ? (info) => askYesNo(io, `The authenticity of host '${hostPattern(info.host, info.port)}' can't be established.\n${info.keyType} key fingerprint is ${info.fingerprint}.\nTrust it and add it to known_hosts? [y/N] `)
      : undefined,
    sshPassphrase: () => askPassphrase(io),
    ssh: {
      identityFile: str('identity-file'),
      knownHostsPath: str('known-hosts'),
      readyTimeoutMs: timeout ? Number(timeout) * 1000 : undefined,
    },
    pingTimeoutMs: timeout ? Number(timeout) * 1000 : undefined,
  };
}

export const command: CliCommand = {
  name: 'engine',
  summary: 'show the Docker engine builds use (and how it was chosen); --list the contexts',
  usage,
  async run(args, io) {
    const values: Record<string, unknown> = parseCommandArgs(args, 'engine', {
      engine: { type: 'string' }, context: { type: 'string' }, list: { type: 'boolean' },
      'accept-host-key': { type: 'string' }, 'identity-file': { type: 'string' }, 'known-hosts': { type: 'string' },
      timeout: { type: 'string' }, 'no-ping': { type: 'boolean' },
    }).values;
    if (values.list) {
      const rows = listContexts(io.env);
      const width = Math.max(4, ...rows.map((r) => r.name.length + 2));
      io.stdout.write(`${'NAME'.padEnd(width)} ${'DOCKER ENDPOINT'.padEnd(40)} DESCRIPTION\n`);
      for (const r of rows) {
        const name = r.current ? `${r.name} *` : r.name;
        io.stdout.write(`${name.padEnd(width)} ${`${r.endpoint}${r.tls ? ' (TLS)' : ''}`.padEnd(40)} ${r.description ?? ''}\n`.replace(/ +\n$/, '\n'));
      }
      return 0;
    }
    const config = engineConfigFromFlags(values, io);
    if (values['no-ping']) {
      const c = chooseEngine({ engine: config.engine, context: config.context, source: config.engineSource }, io.env);
      io.stdout.write(`engine: ${c.url}\nkind: ${c.kind}\nchosen by: ${c.chosenBy}\n`);
      return 0;
    }
    const engine = await connectEngine(config, io.env);
    try {
      io.stdout.write(`engine: ${engine.url}\nkind: ${engine.kind}\nchosen by: ${engine.chosenBy}\n` +
        `server: ${engine.serverVersion} (API ${engine.apiVersion})\n` +
        `sources: ${engine.sharesFilesystem ? 'bind-mounted (the engine shares this filesystem)' : 'uploaded into each build container, artifacts downloaded'}\n`);
      if (engine.ssh) io.stdout.write(`ssh: one connection, Docker socket reached by ${engine.ssh.mode ?? 'streamlocal'}\n`);
    } finally {
      await engine.close();
    }
    return 0;
  },
};

async function askYesNo(io: CliIO, question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: io.stderr });
  try {
    const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** Reads a passphrase without echo from the terminal, or from EBUILD_BUILDER_SSH_PASSPHRASE. */
async function askPassphrase(io: CliIO): Promise<string> {
  const fromEnv = io.env.EBUILD_BUILDER_SSH_PASSPHRASE;
  if (fromEnv !== undefined) return fromEnv;
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new UserError('The SSH key is encrypted and there is no terminal to ask its passphrase on.', 'Add the key to ssh-agent (`ssh-add`), or set EBUILD_BUILDER_SSH_PASSPHRASE.', 'ssh-key-passphrase');
  io.stderr.write('SSH key passphrase: ');
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (d: Buffer) => {
      for (const ch of d.toString('utf8')) {
        if (ch === '\r' || ch === '\n') { done(); resolve(text); return; }
        if (ch === '\u0003') { done(); reject(new UserError('Passphrase entry cancelled.', undefined, 'cancelled')); return; }
        if (ch === '\u007f') text = text.slice(0, -1);
        else text += ch;
      }
    };
    const done = () => { stdin.off('data', onData); stdin.setRawMode(false); stdin.pause(); io.stderr.write('\n'); };
    stdin.on('data', onData);
  });
}
