/**
 * User-defined profiles (`ebuildBuilder.profiles` / `--profile NAME`): an image, an argv template with
 * `${atom}` and `${overlays}` placeholders, env, extra mounts, capabilities; overlays and overrides laid out
 * the Gentoo or the Sabayon way.
 */
import type { BuildConfig, CustomProfile } from '../buildConfig';
import type { BuildRequest, ContainerInput, ContainerSpec } from '../buildModel';
import { UserError } from '../userError';
import { gentooSpec } from './gentoo';
import { sabayonSpec } from './sabayon';

/** Expands the argv template: `${atom}` in place, an element that is exactly `${overlays}` becomes one per overlay. */
export function expandArgv(template: string[], request: BuildRequest): string[] {
  const out: string[] = [];
  for (const el of template) {
    if (el === '${overlays}') out.push(...request.overlays.map((o) => o.name));
    else out.push(el.split('${atom}').join(request.atom).split('${overlays}').join(request.overlays.map((o) => o.name).join(' ')));
  }
  return out;
}

/** `hostPath:containerPath[:ro]` → input. Only read-only mounts are supported: builds must not write to the workspace. */
function parseMount(spec: string, setting: string): ContainerInput {
  const parts = spec.split(':');
  const ro = parts[parts.length - 1] === 'ro';
  if (ro) parts.pop();
  if (parts.length !== 2 || !parts[0].startsWith('/') || !parts[1].startsWith('/')) {
    throw new UserError(`${setting} has the mount "${spec}", which is not of the form /host/path:/container/path[:ro].`, `Fix ${setting} in your settings.`, 'bad-setting');
  }
  return { kind: 'dir', hostPath: parts[0], containerPath: parts[1], origin: `${setting} ("${spec}")` };
}

export async function customSpec(
  name: string,
  profile: CustomProfile,
  request: BuildRequest,
  config: BuildConfig,
  buildId: string,
  readText: (file: string) => Promise<string>,
): Promise<ContainerSpec> {
  const setting = `ebuildBuilder.profiles.${name}`;
  // The built-in profile whose layout it borrows makes the base spec.
  const base = await (profile.layout === 'sabayon' ? sabayonSpec(request, config, buildId, readText) : gentooSpec(request, config, buildId));
  return {
    ...base,
    image: request.image ?? config.images[name] ?? profile.image,
    entrypoint: undefined,
    argv: expandArgv(profile.argv, request),
    env: { ...base.env, ...(profile.env ?? {}) },
    inputs: [...base.inputs, ...(profile.mounts ?? []).map((m) => parseMount(m, `${setting}.mounts`))],
    packagesDir: profile.packagesDir ?? base.packagesDir,
    capAdd: profile.capAdd ?? [],
    init: true,
    notes: [...base.notes, `user-defined profile "${name}" (${profile.layout ?? 'gentoo'} layout)`],
  };
}
