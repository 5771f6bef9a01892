/** Shared by the emerge parser tests: fixture paths and a deep partial matcher. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EmergeEvent } from '../../src/core/emerge';

export const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

/** Every emerge output fixture: the user pastes, the real Portage captures and the build logs. */
export function fixtureFiles(): string[] {
  const list = (d: string): string[] => readdirSync(join(FIXTURES, d)).filter((f) => /\.(txt|log)$/.test(f)).sort().map((f) => `${d}/${f}`);
  return [...list('emerge'), ...list('portage/outputs'), ...list('portage/build-logs')];
}

/** True when `actual` has every field of `expected` (objects recursively; arrays element-wise, same length). */
export function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
}

/** Events without their input position, for comparing the same output captured different ways. */
export function withoutPosition(events: EmergeEvent[]): unknown[] {
  return events.map((e) => {
    const { inputLine: _n, stream: _s, ...rest } = e;
    return rest;
  });
}
