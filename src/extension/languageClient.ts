/**
 * Starts the ebuild language server (dist/server.js) through vscode-languageclient for ebuild and
 * eclass documents. The server learns repositories from the workspace folders plus
 * `ebuildBuilder.languageServer.repositories`; shellcheck settings are passed at start.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let started: Promise<LanguageClient> | undefined;

/** The running client, for commands that talk to the server (e.g. handing over pkgcheck results). */
export function languageClient(): Promise<LanguageClient> | undefined {
  return started;
}

export function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  started ??= (async () => {
    const module = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const cfg = vscode.workspace.getConfiguration('ebuildBuilder');
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'ebuild' },
        { scheme: 'file', language: 'eclass' },
        { scheme: 'untitled', language: 'ebuild' },
      ],
      initializationOptions: {
        repositories: cfg.get<string[]>('languageServer.repositories', ['/var/db/repos/gentoo']),
        shellcheck: { enable: cfg.get<boolean>('shellcheck.enable', true), path: cfg.get<string>('shellcheck.path', 'shellcheck') },
      },
      synchronize: {
        // repository knowledge is cached by the server; tell it when the files it reads change
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.eclass,*.ebuild,metadata.xml,use.desc,use.local.desc,arch.list,categories,repo_name,layout.conf}'),
      },
    };
    const client = new LanguageClient('ebuildBuilder.languageServer', 'Ebuild Language Server', serverOptions, clientOptions);
    context.subscriptions.push({ dispose: () => void client.stop() });
    await client.start();
    return client;
  })();
  return started;
}
