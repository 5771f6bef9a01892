import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../src/server/server';
import { IDIOMS, pkg } from './server-diagnose';

interface Published { uri: string; diagnostics: { code?: string | number; source?: string; severity?: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }

/** The server in this process, over in-memory streams, driven by a client that answers workspace/configuration. */
describe('the shellcheck profile setting, per document', () => {
  const settings = new Map<string, unknown>();
  const published: Published[] = [];
  const waiters: (() => void)[] = [];
  let client: MessageConnection;

  const uri = (name: string) => `file://${resolve(IDIOMS, 'app-misc', name, `${name}-1.0.ebuild`)}`;
  // ${CFLAGS} is an idiom (SC2086 off in the ebuild profile); the bare cd is shown in both profiles
  const TEXT = pkg(['src_compile() {', '\tcd src', '\t${CC} ${CFLAGS} -o demo demo.c || die', '}']);

  /** The next shellcheck publish for a document, after the given count of publishes. */
  const shellcheckOf = (u: string, from: number) => new Promise<Published>((done) => {
    const check = () => {
      const hit = published.slice(from).find((p) => p.uri === u && p.diagnostics.some((d) => d.code === 'SC2164'));
      if (hit) done(hit);
      else waiters.push(check);
    };
    check();
  });
  const codes = (p: Published) => p.diagnostics.filter((d) => d.source === 'shellcheck').map((d) => d.code).sort();

  before(async () => {
    const up = new PassThrough();
    const down = new PassThrough();
    startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)));
    client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    client.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((i) => (i.section === 'ebuildBuilder.shellcheck' ? settings.get(i.scopeUri ?? '') ?? null : null)));
    client.onRequest('client/registerCapability', () => null);
    client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      published.push(p);
      waiters.splice(0).forEach((w) => w());
    });
    client.listen();
    await client.sendRequest('initialize', {
      processId: null, rootUri: null, initializationOptions: { shellcheck: { delayMs: 0 } },
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    await client.sendNotification('initialized', {});
  });

  after(() => client.dispose());

  it('"full" for one document restores shellcheck\'s opinion there; a document without the setting gets the ebuild profile', async () => {
    settings.set(uri('full'), { profile: 'full' });
    const mark = published.length;
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('full'), languageId: 'ebuild', version: 1, text: TEXT } });
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('plain'), languageId: 'ebuild', version: 1, text: TEXT } });
    const [full, plain] = await Promise.all([shellcheckOf(uri('full'), mark), shellcheckOf(uri('plain'), mark)]);
    assert.ok(codes(full).includes('SC2086') && codes(full).includes('SC2034'), JSON.stringify(full));
    assert.deepEqual(codes(plain), ['SC2164']);
  });

  it('a severity set for one document raises the bare cd there to a warning; its quick fix appends || die', async () => {
    settings.set(uri('raised'), { severity: { SC2164: 'warning' } });
    const mark = published.length;
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('raised'), languageId: 'ebuild', version: 1, text: TEXT } });
    const cd = (await shellcheckOf(uri('raised'), mark)).diagnostics.find((d) => d.code === 'SC2164');
    assert.equal(cd?.severity, 2, JSON.stringify(cd));
    const actions = await client.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('raised') }, range: cd!.range, context: { diagnostics: [cd] } }) as
      { title: string; edit: { changes: Record<string, { range: { start: { line: number; character: number } }; newText: string }[]> } }[];
    assert.equal(actions.length, 1, JSON.stringify(actions));
    const [edit] = actions[0].edit.changes[uri('raised')];
    assert.deepEqual([edit.range.start, edit.newText], [{ line: TEXT.split('\n').indexOf('\tcd src'), character: '\tcd src'.length }, ' || die']);
  });

  it('a changed setting judges the open documents again', async () => {
    settings.set(uri('plain'), { profile: 'full' });
    const mark = published.length;
    await client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(codes(await shellcheckOf(uri('plain'), mark)).includes('SC2086'));
  });
});
