/**
 * What activation cost, as the P5 bench reads it from the ready line: the evaluation of the bundle (between the
 * performance marks scripts/bundle.mjs puts on its first and last lines), the activate() body, and the JavaScript
 * of this extension evaluated by then. VS Code's own work between the two (the extension context) is not counted.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';

const mark = (name: string) => performance.getEntriesByName(`ebuildBuilder.${name}`)[0]?.startTime;

/** `module evaluation + activate() 23 ms (evaluation 15 ms, activate() 8 ms; VS Code between them 90 ms), 341 KB of JS evaluated`. */
export function activationFigures(extensionPath: string, activateStart: number): string {
  const start = mark('bundleStart');
  const end = mark('bundleEnd');
  const body = performance.now() - activateStart;
  const ms =
    start !== undefined && end !== undefined
      ? `${Math.round(end - start + body)} ms (evaluation ${Math.round(end - start)} ms, activate() ${Math.round(body)} ms; VS Code between them ${Math.round(activateStart - end)} ms)`
      : `unknown (not the bundle; activate() ${Math.round(body)} ms)`;
  const dist = path.join(extensionPath, 'dist') + path.sep;
  let bytes = 0;
  for (const file of Object.keys(require.cache)) {
    if (file.startsWith(dist) && file.endsWith('.js')) bytes += statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  }
  return `module evaluation + activate() ${ms}, ${Math.round(bytes / 1024)} KB of JS evaluated`;
}
