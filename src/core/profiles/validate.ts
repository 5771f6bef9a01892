/**
 * Settings arrive as untyped JSON (VS Code settings, CLI flags): check each value, name the setting that is
 * wrong and what it should be, and fall back to the default for that value only.
 */
import { DEFAULT_BUILD_CONFIG, type BuildConfig, type CustomProfile } from '../buildConfig';
import { parseSize } from '../limits';
import { UserError } from '../userError';
import { builtinProfile, profileNames } from './index';

const isRecordOfStrings = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function bad(key: string, value: unknown, want: string): UserError {
  return new UserError(
    `The setting ebuildBuilder.${key} is ${JSON.stringify(value)}, but it must be ${want}.`,
    `Fix ebuildBuilder.${key} in your settings; the default is used until then.`,
    'bad-setting',
  );
}

function validateCustomProfile(name: string, raw: unknown): { profile?: CustomProfile; problems: UserError[] } {
  const key = `profiles.${name}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: [bad(key, raw, 'an object with image and argv')] };
  const r = raw as Record<string, unknown>;
  const problems: UserError[] = [];
  if (typeof r.image !== 'string' || !r.image) problems.push(bad(`${key}.image`, r.image, 'an image name such as "gentoo/stage3:latest"'));
  if (!isStringArray(r.argv) || r.argv.length === 0) problems.push(bad(`${key}.argv`, r.argv, 'a non-empty array of strings, e.g. ["emerge", "--buildpkg", "${atom}"]'));
  if (r.env !== undefined && !isRecordOfStrings(r.env)) problems.push(bad(`${key}.env`, r.env, 'an object of strings'));
  if (r.mounts !== undefined && !isStringArray(r.mounts)) problems.push(bad(`${key}.mounts`, r.mounts, 'an array of "/host:/container[:ro]" strings'));
  if (r.capAdd !== undefined && !isStringArray(r.capAdd)) problems.push(bad(`${key}.capAdd`, r.capAdd, 'an array of capability names'));
  if (r.packagesDir !== undefined && (typeof r.packagesDir !== 'string' || !r.packagesDir.startsWith('/'))) problems.push(bad(`${key}.packagesDir`, r.packagesDir, 'an absolute container path'));
  if (r.layout !== undefined && r.layout !== 'gentoo' && r.layout !== 'sabayon') problems.push(bad(`${key}.layout`, r.layout, '"gentoo" or "sabayon"'));
  if (r.layout === 'sabayon' && isStringArray(r.argv)) {
    // The Sabayon builder's `--overlay`/`--layman` (and `--equo`) take every word after them, the atom included.
    const option = r.argv.findIndex((a) => /^--(overlay|layman|equo|install|equorm|remove)$/.test(a));
    const atom = r.argv.findIndex((a) => a.includes('${atom}'));
    if (option >= 0 && atom > option) {
      problems.push(new UserError(
        `ebuildBuilder.profiles.${name}.argv puts "${r.argv[option]}" before "\${atom}": the Sabayon builder reads every word after ${r.argv[option]} as its value, so no atom would be built.`,
        `Put "\${atom}" first, e.g. ["\${atom}", "${r.argv[option]}", "kde"].`,
        'bad-setting',
      ));
    }
  }
  if (builtinProfile(name)) problems.push(new UserError(`ebuildBuilder.profiles.${name} uses a built-in profile's name.`, 'Give your profile another name.', 'bad-setting'));
  return problems.length ? { problems } : { profile: r as unknown as CustomProfile, problems };
}

/** Merges `raw` (settings object, keys as in BuildConfig) over the defaults; wrong values are reported and skipped. */
export function validateBuildConfig(raw: Record<string, unknown>): { config: BuildConfig; problems: UserError[] } {
  const config: BuildConfig = structuredClone(DEFAULT_BUILD_CONFIG);
  const problems: UserError[] = [];
  const str = (key: keyof BuildConfig, allowEmpty = false) => {
    const v = raw[key];
    if (v === undefined || v === null) return;
    if (typeof v === 'string' && (allowEmpty || v.trim())) (config as unknown as Record<string, unknown>)[key] = v;
    // The profile field is the `defaultProfile` setting.
    else problems.push(bad(key === 'profile' ? 'defaultProfile' : key, v, 'a string'));
  };
  str('profile'); str('overridesFolder'); str('artifactsFolder'); str('gentooTree');
  str('engine', true); str('network', true);
  for (const key of ['images', 'env'] as const) {
    const v = raw[key];
    if (v === undefined || v === null) continue;
    if (isRecordOfStrings(v)) config[key] = { ...v };
    else problems.push(bad(key, v, 'an object whose values are strings'));
  }
  if (raw.emergeArgs !== undefined) {
    if (isStringArray(raw.emergeArgs)) config.emergeArgs = [...raw.emergeArgs];
    else problems.push(bad('emergeArgs', raw.emergeArgs, 'an array of strings, e.g. ["--jobs=2"]'));
  }
  for (const key of ['keepContainerOnFailure', 'tty'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v === 'boolean') config[key] = v;
    else problems.push(bad(key, v, 'true or false'));
  }
  if (raw.stopGraceSeconds !== undefined) {
    const v = raw.stopGraceSeconds;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 600) config.stopGraceSeconds = v;
    else problems.push(bad('stopGraceSeconds', v, 'a number of seconds from 0 to 600'));
  }
  if (raw.caches !== undefined) {
    const v = raw.caches as Record<string, unknown>;
    if (typeof v === 'object' && v !== null && Object.entries(v).every(([k, x]) => ['distfiles', 'binpkgs', 'ccache'].includes(k) && typeof x === 'boolean')) {
      config.caches = { ...config.caches, ...(v as Partial<BuildConfig['caches']>) };
    } else problems.push(bad('caches', v, 'an object like {"distfiles": true, "binpkgs": true, "ccache": false}'));
  }
  if (raw.sabayon !== undefined) {
    const v = raw.sabayon as Record<string, unknown>;
    const ok = typeof v === 'object' && v !== null && !Array.isArray(v) &&
      Object.entries(v).every(([k, x]) =>
        k === 'overlays' ? isStringArray(x) && x.every((n) => /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(n))
          : k === 'tree' ? typeof x === 'string' && (x === '' || /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(x))
            : ['sync', 'equo'].includes(k) && typeof x === 'boolean');
    if (ok) config.sabayon = { ...config.sabayon, ...(v as Partial<BuildConfig['sabayon']>) };
    else problems.push(bad('sabayon', v, 'an object like {"sync": false, "equo": false, "overlays": ["kde"], "tree": ""}'));
  }
  if (raw.limits !== undefined) {
    const v = raw.limits as Record<string, unknown>;
    const out = { ...config.limits };
    let ok = typeof v === 'object' && v !== null && !Array.isArray(v);
    for (const [k, x] of ok ? Object.entries(v) : []) {
      if (k === 'pids' && typeof x === 'number' && Number.isInteger(x) && x >= 0) out.pids = x;
      else if (k === 'memory' && x === 'auto') out.memory = 'auto';
      else if ((k === 'memory' || k === 'disk') && parseSize(x) !== undefined) out[k] = parseSize(x)!;
      else ok = false;
    }
    if (ok) config.limits = out;
    else problems.push(bad('limits', v, 'an object like {"pids": 4096, "memory": "auto" or "8g", "disk": "64g"} (0: no limit)'));
  }
  if (raw.profiles !== undefined) {
    const v = raw.profiles;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) problems.push(bad('profiles', v, 'an object of named profiles'));
    else {
      for (const [name, p] of Object.entries(v)) {
        const r = validateCustomProfile(name, p);
        if (r.profile) config.profiles[name] = r.profile;
        problems.push(...r.problems);
      }
    }
  }
  const known = profileNames(config);
  if (!known.includes(config.profile)) {
    problems.push(new UserError(`The profile "${config.profile}" (ebuildBuilder.defaultProfile) is not defined.`, `Use one of ${known.join(', ')}, or define it under ebuildBuilder.profiles.`, 'unknown-profile'));
    config.profile = DEFAULT_BUILD_CONFIG.profile;
  }
  return { config, problems };
}
