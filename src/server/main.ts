/**
 * Entry of the ebuild language server (`ebuild-builder-ls --stdio`, or `--node-ipc` when VS Code
 * starts it). vscode-languageserver reads the transport from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
