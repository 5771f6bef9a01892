/** A small JSON-RPC client for driving the language server over stdio in tests and benchmarks. */
import { ChildProcess, spawn } from 'node:child_process';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string; code?: string | number; source?: string; severity?: number }[];
}

export class LspProcess {
  readonly published: PublishedDiagnostics[] = [];
  private waiters: (() => void)[] = [];
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  stderr = '';

  constructor(command: string, args: string[]) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    if (!this.child.stdout || !this.child.stdin) throw new Error('no stdio');
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      this.waiters.splice(0).forEach((w) => w());
    });
    // bash-language-server asks for configuration and registrations; answer like a plain client
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  /** Resolves with the first diagnostics published (from now or already) for which `accept` is true. */
  waitForDiagnostics(accept: (p: PublishedDiagnostics) => boolean, timeoutMs = 20000, from = 0): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`no matching diagnostics within ${timeoutMs} ms; got ${JSON.stringify(this.published.slice(-3)).slice(0, 2000)}\n${this.stderr}`)), timeoutMs);
      const check = () => {
        const hit = this.published.slice(from).find(accept);
        if (hit) {
          clearTimeout(deadline);
          resolve(hit);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  async initialize(rootPath: string, initializationOptions: unknown): Promise<unknown> {
    const rootUri = `file://${rootPath}`;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'root' }], initializationOptions,
      capabilities: { textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'ebuild'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.pid) this.child.kill();
  }
}
