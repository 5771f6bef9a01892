/** What a build terminal shows and links: atoms, engine names, durations, quoted commands, clickable paths. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { atomOfEbuild, engineLabel, formatDuration, quoteArgv } from '../../src/extension/buildText';
import { findLinks } from '../../src/extension/terminalLinkPatterns';

describe('build display text', () => {
  it('derives cat/pkg-ver from an ebuild path', () => {
    assert.equal(atomOfEbuild('/ws/overlay/app-misc/hello/hello-1.0-r2.ebuild'), 'app-misc/hello-1.0-r2');
  });

  it('calls a local socket "local" and keeps the host of a remote engine', () => {
    assert.equal(engineLabel('unix:///var/run/docker.sock'), 'local');
    assert.equal(engineLabel(''), 'local');
    assert.equal(engineLabel('ssh://builder@big-box'), 'builder@big-box');
    assert.equal(engineLabel('tcp://10.0.0.5:2376'), '10.0.0.5:2376');
  });

  it('formats durations as a person reads them', () => {
    assert.equal(formatDuration(4_400), '4s');
    assert.equal(formatDuration(125_000), '2m 05s');
    assert.equal(formatDuration(3_720_000), '1h 02m');
  });

  it('quotes only the arguments a shell would split', () => {
    assert.equal(quoteArgv(['emerge', '--buildpkg', '=app-misc/hello-1.0::testoverlay']), 'emerge --buildpkg =app-misc/hello-1.0::testoverlay');
    assert.equal(quoteArgv(['--accept-properties=-interactive --verbose']), `'--accept-properties=-interactive --verbose'`);
    assert.equal(quoteArgv(["it's"]), `'it'\\''s'`);
  });
});

describe('terminal links', () => {
  it('finds the build.log path of a failure block', () => {
    const line = ` * The complete build log is located at '/var/tmp/portage/app-misc/broken-1.0/temp/build.log'.`;
    const links = findLinks(line).filter((l) => l.kind === 'build-log');
    assert.equal(links.length, 1);
    assert.equal(line.substr(links[0].startIndex, links[0].length), '/var/tmp/portage/app-misc/broken-1.0/temp/build.log');
  });

  it('finds the saved log path printed in the footer', () => {
    const line = '  build log: /tmp/ws/overlay/artifacts/logs/app-misc_hello-1.0-sabayon-20261124-104805-1645.log';
    const [link] = findLinks(line);
    assert.equal(link.kind, 'build-log');
    assert.ok(link.file.endsWith('-1645.log'));
  });

  it('finds ebuild and eclass frames of a call stack with their line numbers', () => {
    const frame = findLinks(' *   dies-1.0.ebuild, line  14:  Called die').find((l) => l.kind === 'source');
    assert.deepEqual({ file: frame?.file, line: frame?.line }, { file: 'dies-1.0.ebuild', line: 14 });
    const eclass = findLinks('/var/db/repos/gentoo/eclass/toolchain-funcs.eclass:42: warning').find((l) => l.kind === 'source');
    assert.deepEqual({ file: eclass?.file, line: eclass?.line }, { file: '/var/db/repos/gentoo/eclass/toolchain-funcs.eclass', line: 42 });
  });

  it('finds nothing in ordinary output', () => {
    assert.deepEqual(findLinks('>>> Compiling source in /var/tmp/portage/app-misc/hello-1.0/work/hello-1.0 ...'), []);
  });
});
