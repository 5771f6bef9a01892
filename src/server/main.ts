/**
 * Entry of the ebuild language server (`ebuild-builder-ls --stdio`, or `--node-ipc` when VS Code
 * starts it). vscode-languageserver reads the transport from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// A bug in one handler must not take the editor's language features down with it.
process.on('uncaughtException', (e) => connection.console.error(`ebuild-ls: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`ebuild-ls: ${(e as Error)?.stack ?? e}`));
startServer(connection);
