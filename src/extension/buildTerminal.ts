/**
 * One terminal per build: a Pseudoterminal that shows the container's output with its colours, a header with the
 * exact image and command, and a footer with the result. Closing it while the build runs asks whether to cancel.
 */
import * as vscode from 'vscode';
import type { BuildRecord } from './builds';
import { durationOf, formatDuration } from './builds';
import { quoteArgv } from './buildText';

const BOLD = '\x1b[1m', DIM = '\x1b[2m', RESET = '\x1b[0m';
const RED = '\x1b[31m', GREEN = '\x1b[32m', YELLOW = '\x1b[33m', CYAN = '\x1b[36m';

export class BuildTerminal implements vscode.Pseudoterminal, vscode.Disposable {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  /** The terminal shown for this build (none when a task owns the terminal). */
  readonly terminal?: vscode.Terminal;
  private opened = false;
  private pending: string[] = [];
  private decoder = new TextDecoder('utf-8');
  private lastWasCr = false;
  private headerShown = false;
  private closed = false;

  constructor(
    private readonly record: BuildRecord,
    /** Called when the user closes the terminal while the build runs and chooses to cancel. */
    private readonly cancel: () => void,
    /** A task's terminal is owned by the task system: it is not created here. */
    createTerminal = true,
  ) {
    const name = `Build ${record.atom} (${record.profile})`;
    this.terminal = createTerminal
      ? vscode.window.createTerminal({ name, pty: this, iconPath: new vscode.ThemeIcon('package'), isTransient: true })
      : undefined;
  }

  open(): void {
    this.opened = true;
    for (const s of this.pending) this.writeEmitter.fire(s);
    this.pending = [];
  }

  close(): void {
    this.closed = true;
    const b = this.record;
    if (b.state === 'succeeded' || b.state === 'failed' || b.state === 'cancelled' || b.state === 'error') return;
    void vscode.window
      .showWarningMessage(`The build of ${b.atom} is still running. Cancel it?`, 'Cancel Build', 'Keep Running')
      .then((choice) => { if (choice === 'Cancel Build') this.cancel(); });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private write(s: string): void {
    if (this.opened) this.writeEmitter.fire(s);
    else this.pending.push(s);
  }

  /** A line of our own (not container output), always on a fresh line. */
  line(s = ''): void {
    this.write(`${s}\r\n`);
  }

  header(): void {
    if (this.headerShown) return;
    this.headerShown = true;
    const b = this.record;
    this.line(`${BOLD}${CYAN}Ebuild Builder${RESET}  ${BOLD}${b.atom}${RESET}  ${DIM}profile${RESET} ${b.profile}  ${DIM}engine${RESET} ${b.engine}`);
    this.line(`${DIM}  ebuild ${RESET} ${b.ebuildPath}`);
    if (b.image) this.line(`${DIM}  image  ${RESET} ${b.image}`);
    if (b.argv && b.entrypoint) this.line(`${DIM}  command${RESET} ${quoteArgv([...b.entrypoint, ...b.argv])}`);
    else if (b.argv) this.line(`${DIM}  command${RESET} ${DIM}<image entrypoint>${RESET} ${quoteArgv(b.argv)}`);
    for (const note of b.notes ?? []) this.line(`${DIM}  note    ${note}${RESET}`);
    this.line(`${DIM}${'─'.repeat(72)}${RESET}`);
  }

  status(text: string): void {
    this.line(`${DIM}» ${text}${RESET}`);
  }

  /** Container output: UTF-8 decoded across chunk boundaries, bare LF turned into CRLF for the terminal. */
  output(data: Buffer): void {
    let text = this.decoder.decode(data, { stream: true });
    if (!text) return;
    // Keep CRLF as it is, turn LF alone into CRLF (a CR ending the previous chunk counts).
    text = text.replace(/(\r)?\n/g, (m, cr, offset: number) => (cr || (offset === 0 && this.lastWasCr) ? m : '\r\n'));
    this.lastWasCr = text.endsWith('\r');
    this.write(text);
  }

  footer(): void {
    const b = this.record;
    const result = b.result;
    this.line();
    this.line(`${DIM}${'─'.repeat(72)}${RESET}`);
    const took = formatDuration(durationOf(b));
    const colour = b.state === 'succeeded' ? GREEN : b.state === 'cancelled' ? YELLOW : RED;
    const icon = b.state === 'succeeded' ? '✔' : b.state === 'cancelled' ? '■' : '✖';
    const exit = result?.exitCode !== undefined ? ` (exit ${result.exitCode})` : '';
    this.line(`${BOLD}${colour}${icon} ${b.state}${RESET}${exit} in ${took}  ${b.atom}`);
    if (b.message) for (const l of b.message.split('\n')) this.line(`  ${l}`);
    if (result?.artifacts.length) {
      this.line(`  ${result.artifacts.length} binary package(s):`);
      for (const a of result.artifacts) this.line(`    ${a}`);
    }
    const log = result?.logPath ?? b.logPath;
    if (log) this.line(`  build log: ${log}`);
    if (!b.image && result?.image) this.line(`${DIM}  image ${result.image}  command ${quoteArgv(result.argv)}${RESET}`);
  }

  /** Ends a task's terminal with the build's exit status (a plain build terminal stays open to be read). */
  exit(code: number): void {
    this.closeEmitter.fire(code);
  }

  /** Reveal without taking focus from the editor. */
  show(): void {
    this.terminal?.show(true);
  }

  dispose(): void {
    this.writeEmitter.dispose();
    this.closeEmitter.dispose();
  }
}
