/**
 * Starts the ebuild language server (dist/server.js) through vscode-languageclient for ebuild and
 * eclass documents. The server learns repositories from the workspace folders plus
 * `ebuildBuilder.languageServer.repositories`; shellcheck settings are passed at start.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import type { Ctx } from './ctx';

/** Starts the client once; the Ctx holds it (commands that talk to the server ask it there). */
export function startLanguageClient(ctx: Ctx): Promise<LanguageClient> {
  const context = ctx.extension;
  ctx.languageClient ??= (async () => {
    const module = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const settings = ctx.config.editor();
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'ebuild' },
        { scheme: 'file', language: 'eclass' },
        { scheme: 'untitled', language: 'ebuild' },
      ],
      initializationOptions: {
        repositories: settings.languageServerRepositories,
        shellcheck: settings.shellcheck,
      },
      synchronize: {
        // repository knowledge is cached by the server; tell it when the files it reads change
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.eclass,*.ebuild,metadata.xml,use.desc,use.local.desc,arch.list,categories,repo_name,layout.conf}'),
      },
    };
    const client = new LanguageClient('ebuildBuilder.languageServer', 'Ebuild Language Server', serverOptions, clientOptions);
    ctx.push({ dispose: () => void client.stop() });
    await client.start();
    return client;
  })();
  return ctx.languageClient;
}
