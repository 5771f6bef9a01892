/**
 * P5: the size of the extension's bundle as shipped in the .vsix (minified, scripts/package-vsix.sh), and its activation time in a real VS Code (code-server 4.100.3 in Chromium):
 * from the extension host's activation event (`onView:ebuildBuilder.builds`, logged by VS Code) to the
 * extension's own `ready:` line (logged at the end of activate()). Median of P5_RUNS fresh windows (default 3).
 */
import { statSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyWorkspace, packageVsix, ROOT, startVsCode, waitFor } from '../test/e2e/harness';

const EXTENSION_ID = 'ebuild-builder.ebuild-builder';

/** Local-time timestamp at the start of a VS Code log line (`2026-11-24 11:01:56.802 [info] …`). */
function lineTime(line: string): number | undefined {
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
  return m ? new Date(`${m[1]}T${m[2]}`).getTime() : undefined;
}

async function measureOnce(workspace: string): Promise<number> {
  const vsc = await startVsCode({ workspace });
  try {
    await vsc.openActivity('Ebuild Builder');
    const dir = await waitFor('the extension host log', () => vsc.exthostLogDir(), 60_000);
    const file = vsc.extensionLogFile()!;
    const activated = await waitFor('the activation event', () => {
      const log = readFileSync(path.join(dir, 'remoteexthost.log'), 'utf8');
      const line = log.split('\n').find((l) => l.includes(`_doActivateExtension ${EXTENSION_ID}`));
      return line ? lineTime(line) : undefined;
    }, 60_000);
    // The ready line carries its own ISO time: log lines are written in batches, later than they happen.
    const ready = await waitFor('the ready line', () => {
      const m = /ready: activated in \d+ ms at (\S+)/.exec(readFileSync(file, 'utf8'));
      return m ? new Date(m[1]).getTime() : undefined;
    }, 60_000);
    return ready - activated;
  } finally {
    await vsc.close();
  }
}

export async function run(): Promise<void> {
  packageVsix();
  const bundle = statSync(path.join(ROOT, 'dist', 'extension.js')).size;
  console.log(`P5 bundle-size ${(bundle / 1024).toFixed(0)} KB`);
  const runs = Math.max(1, Number(process.env.P5_RUNS ?? 3));
  const workspace = await copyWorkspace('examples/overlay');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await measureOnce(workspace));
  times.sort((a, b) => a - b);
  console.log(`P5 activation-time ${times[Math.floor(times.length / 2)]} ms`);
}
