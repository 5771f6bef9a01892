/** "Open Shell in Build": a VS Code terminal inside the kept container (exec with a tty, resized with the panel). */
import type { Duplex } from 'node:stream';
import * as vscode from 'vscode';
import { ensureRunning } from '../../docker/keptBuild';
import { shellCommand } from '../../docker/keptActions';
import type { BuildRecord } from '../builds';
import type { KeptEngines } from './keptEngines';

export function openKeptShell(record: BuildRecord, engines: KeptEngines): vscode.Terminal {
  const writeEmitter = new vscode.EventEmitter<string>();
  const closeEmitter = new vscode.EventEmitter<number | void>();
  let stream: Duplex | undefined;
  let resize: ((cols: number, rows: number) => void) | undefined;
  let size = { cols: 80, rows: 24 };
  const pty: vscode.Pseudoterminal = {
    onDidWrite: writeEmitter.event,
    onDidClose: closeEmitter.event,
    open: (dims) => {
      if (dims) size = { cols: dims.columns, rows: dims.rows };
      void (async () => {
        try {
          const kept = engines.keptOf(record);
          const engine = await engines.engineFor(record);
          const sh = await shellCommand(engine, kept);
          const container = await ensureRunning(engine, kept);
          const exec = await container.exec({ Cmd: sh.cmd, User: sh.user, Env: sh.env, Tty: true, AttachStdin: true, AttachStdout: true, AttachStderr: true });
          stream = (await exec.start({ hijack: true, stdin: true, Tty: true })) as unknown as Duplex;
          resize = (cols, rows) => void exec.resize({ w: cols, h: rows }).catch(() => undefined);
          resize(size.cols, size.rows);
          stream.on('data', (d: Buffer) => writeEmitter.fire(d.toString('utf8')));
          stream.on('end', () => closeEmitter.fire(0));
          stream.on('close', () => closeEmitter.fire(0));
        } catch (e) {
          writeEmitter.fire(`\r\n\x1b[31m${String((e as Error).message ?? e).replace(/\n/g, '\r\n')}\x1b[0m\r\n`);
        }
      })();
    },
    close: () => stream?.end(),
    handleInput: (data) => stream?.write(data),
    setDimensions: (dims) => {
      size = { cols: dims.columns, rows: dims.rows };
      resize?.(dims.columns, dims.rows);
    },
  };
  const terminal = vscode.window.createTerminal({ name: `Shell: ${record.atom}`, pty, iconPath: new vscode.ThemeIcon('debug-console') });
  terminal.show();
  return terminal;
}
