/**
 * Entry of the ebuild language server (`ebuild-builder-ls --stdio`, or `--node-ipc` when VS Code
 * starts it). vscode-languageserver reads the transport from the command line.
 */
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// tree-sitter's WebAssembly runs on V8's baseline compiler only (set before it is compiled, on the first document):
// the optimising tier-up costs some 45 MB of resident memory (its code and the compiler's memory) — about half of
// this process — to make an incremental reparse of a 3,000-line ebuild 1.55 instead of 1.9 ms, and it makes the first
// parse of that file 4× slower while it compiles (docs/performance.md, P3).
setFlagsFromString('--liftoff-only');

const connection = createConnection(ProposedFeatures.all);
// A bug in one handler must not take the editor's language features down with it.
process.on('uncaughtException', (e) => connection.console.error(`ebuild-ls: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`ebuild-ls: ${(e as Error)?.stack ?? e}`));
startServer(connection);
