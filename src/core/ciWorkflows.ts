/**
 * The CI workflows `ebuild-builder ci init` writes: GitHub Actions and GitLab CI files that build the changed
 * ebuilds on each push and pull/merge request with the workspace's profile and env, keep distfiles and
 * binpkgs between runs, upload logs and packages, and turn findings into the CI's annotations.
 * Pure text generation: the same options give the same bytes (no dates, env sorted), so regenerating
 * never churns.
 */
import { BUILTIN_PROFILES, builtinProfile } from './profiles';
import { UserError } from './userError';

export type CiKind = 'github' | 'gitlab';

export const CI_FILES: Record<CiKind, string> = {
  github: '.github/workflows/ebuild-builder.yml',
  gitlab: '.gitlab-ci.yml',
};

export interface CiOptions {
  /** Builder profile: `sabayon`, `gentoo` or a user-defined one. */
  profile: string;
  /** Image override for the profile (else the profile's default). */
  image?: string;
  /** Builder env from the workspace settings (BUILDER_JOBS, FEATURES, …). */
  env: Record<string, string>;
  /** Where CI gets the CLI: a release tarball (`npm pack`), checked against its SHA-512 before it runs. */
  cli: CliSource;
}

/**
 * A CLI whose origin the user controls and can verify: the `npm pack` tarball at a URL (a release asset), or kept in
 * the repository; either way its SHA-512 is in the workflow and checked before anything of it runs.
 */
export type CliSource = { kind: 'url'; url: string; sha512: string } | { kind: 'file'; path: string; sha512: string };

/** Where the workflow unpacks the CLI, and how its steps run it (the bundle needs nothing but Node). */
const CI_CLI_DIR = '/tmp/ebuild-builder-cli';
const CI_CLI = `node ${CI_CLI_DIR}/bin/ebuild-builder.js`;

function checkCliSource(c: CliSource): void {
  if (!/^[0-9a-f]{128}$/.test(c.sha512)) throw new UserError(`"${c.sha512}" is not a SHA-512 in hex (128 characters).`, 'Pass the output of `sha512sum ebuild-builder-*.tgz`.', 'bad-flag');
  if (c.kind === 'url' && !/^https:\/\/[^\s'"$`\\]+$/.test(c.url)) throw new UserError(`The CLI's URL "${c.url}" must be an https:// address without spaces or quotes.`, 'Pass the address of the released tarball.', 'bad-flag');
  if (c.kind === 'file' && !/^[A-Za-z0-9._/-]+\.tgz$/.test(c.path)) throw new UserError(`The CLI's tarball path "${c.path}" must be a relative path of letters, digits, ._/- ending in .tgz.`, 'Keep the tarball under .ebuild-builder/ in the repository.', 'bad-flag');
}

/** The install step: fetch (or copy) the tarball, check its hash, unpack it. */
function cliInstallScript(c: CliSource): string[] {
  return [
    'tgz=/tmp/ebuild-builder-cli.tgz',
    c.kind === 'url' ? `curl -fsSL ${shellQuote(c.url)} -o "$tgz"` : `cp ${shellQuote(c.path)} "$tgz"`,
    `echo "${c.sha512}  $tgz" | sha512sum -c -`,
    `rm -rf ${CI_CLI_DIR} && mkdir -p ${CI_CLI_DIR} && tar -xzf "$tgz" -C ${CI_CLI_DIR} --strip-components=1`,
    '$EBUILD_BUILDER --help >/dev/null',
  ];
}

/** Where the generated build step puts things (relative to the checkout; the build writes its logs under artifacts/logs). */
const CI_PATHS = { artifacts: 'artifacts', logs: 'artifacts/logs', cache: '.ebuild-builder-cache' } as const;

/** Single-quotes a word for POSIX sh. */
function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function checkOptions(o: CiOptions): void {
  for (const [k, v] of Object.entries(o.env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) || /[\r\n]/.test(v)) {
      throw new UserError(`The builder env entry "${k}" cannot go into a CI file (names are letters, digits and _, values one line).`, 'Fix ebuildBuilder.env in the workspace settings, or pass --env K=V.', 'bad-env');
    }
  }
  checkCliSource(o.cli);
  if (!/^[A-Za-z0-9_.-]+$/.test(o.profile)) throw new UserError(`"${o.profile}" is not a profile name.`, 'Pass --profile sabayon, gentoo or a profile of ebuildBuilder.profiles.', 'bad-profile');
}

/** The build step's arguments after the CLI (the part both CI files and the docs share). */
export function buildStepArgs(o: CiOptions, since: string): string[] {
  const args = ['build', '--changed', '--since', since, '--keep-going', '--profile', o.profile];
  if (o.image) args.push('--image', o.image);
  for (const k of Object.keys(o.env).sort()) args.push('--env', `${k}=${o.env[k]}`);
  args.push('--artifacts', CI_PATHS.artifacts);
  return args;
}

/** `"$EBUILD_BUILDER" build --changed --since "$BASE" …` as one shell line ($BASE is set by the step). */
function buildStepCommand(o: CiOptions): string {
  return ['$EBUILD_BUILDER', ...buildStepArgs(o, 'SINCE').map((a) => (a === 'SINCE' ? '"$BASE"' : shellQuote(a)))].join(' ');
}

/** The QA step's arguments after the CLI: pkgcheck's results that the change introduces, in the CI's format. */
export function qaStepArgs(o: CiOptions, base: string, format: 'github' | 'gitlab-codequality'): string[] {
  const args = ['qa-diff', '--base', base, '--format', format, '--missing-pkgcheck', 'warn', '--profile', o.profile];
  if (o.image) args.push('--image', o.image);
  for (const k of Object.keys(o.env).sort()) args.push('--env', `${k}=${o.env[k]}`);
  return args;
}

/** `$EBUILD_BUILDER qa-diff --base "$BASE" …` as one shell line. */
function qaStepCommand(o: CiOptions, format: 'github' | 'gitlab-codequality'): string {
  return ['$EBUILD_BUILDER', ...qaStepArgs(o, 'BASE', format).map((a) => (a === 'BASE' ? '"$BASE"' : shellQuote(a)))].join(' ');
}

function helperImage(o: CiOptions): string {
  // Any image with tar copies the caches; a user-defined profile's is not known here, so the first built-in's.
  return o.image ?? builtinProfile(o.profile)?.defaultImage ?? BUILTIN_PROFILES[0].defaultImage;
}

/** The cache volumes builds make (distfiles, ccache, binary packages): what is carried between runs. */
const CACHE_VOLUMES = '^ebuild-builder-[a-z0-9.-]+-(distfiles|ccache|binpkgs-[0-9a-f]+-[0-9a-f]+)$';

// Copies the cache volumes to/from a folder the CI caches: `load` before the build, `save` after it. The record of
// what each binary package was built from (EBUILD_BUILDER_STATE_DIR) is in that folder too, so it stays true.
function volumeSync(o: CiOptions, direction: 'load' | 'save'): string[] {
  const img = shellQuote(helperImage(o));
  const c = `${CI_PATHS.cache}/volumes`;
  return direction === 'load'
    ? [
      `mkdir -p "${c}"`,
      `for d in "${c}"/*/; do`,
      '  [ -d "$d" ] || continue',
      '  v=$(basename "$d")',
      '  docker volume create "$v" >/dev/null',
      `  tar -C "$d" -cf - . | docker run --rm -i -v "$v:/cache" --entrypoint tar ${img} -C /cache -xf -`,
      'done',
    ]
    : [
      `for v in $(docker volume ls -q | grep -E '${CACHE_VOLUMES}'); do`,
      `  rm -rf "${c}/$v" && mkdir -p "${c}/$v"`,
      `  docker run --rm -v "$v:/cache" --entrypoint tar ${img} -C /cache -cf - . | tar -C "${c}/$v" -xf -`,
      'done',
    ];
}

// A force-push's "before" commit is not in the fresh clone: say so and build what the pushed head changed.
const BASE_CHECK = [
  'if ! git cat-file -e "$BASE^{commit}" 2>/dev/null; then',
  '  echo "Commit $BASE is not in this history (a new branch or a force-push?): building what the last commit changed."',
  '  BASE="HEAD^"',
  'fi',
];

const indent = (lines: string[], n: number) => lines.map((l) => (l ? ' '.repeat(n) + l : l));

const HEADER = (kind: CiKind, o: CiOptions) => [
  `# Generated by \`ebuild-builder ci init ${kind} --profile ${o.profile}\`. Edit freely, or regenerate with --force`,
  '# (the same settings give the same file). It builds the ebuilds changed by each push and pull/merge request',
  `# with the "${o.profile}" builder profile, in dependency order, keeps going past a failure, and fails the job`,
  "# with emerge's worst exit status. Overrides come from the repository's overrides folder (.portage/).",
  '# Security: the CLI is the release tarball whose SHA-512 is below, checked before it runs. A pull or merge',
  kind === 'github'
    ? "# request from a fork runs with `pull_request` (never `pull_request_target`): no secrets, a read-only token."
    : "# request from a fork runs in the fork's project: none of this project's secrets or protected variables.",
  "# `build --changed` never applies the repository's own settings that reach past the builder container (host",
  '# mounts, capabilities, engine, network, limits); add --trust-repo-settings only for pushes you trust.',
];

function githubWorkflow(o: CiOptions): string {
  const lines = [
    ...HEADER('github', o),
    'name: ebuild-builder',
    '',
    'on:',
    '  push:',
    '  pull_request:',
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      # How the steps run the CLI unpacked by "Install the pinned CLI".',
    `      EBUILD_BUILDER: ${CI_CLI}`,
    '      # Which binary packages in the cache may be used (kept with the cache, so it stays true).',
    `      EBUILD_BUILDER_STATE_DIR: ${CI_PATHS.cache}/state`,
    '    steps:',
    '      # Full history: `build --changed` compares with the commit before the push (or the PR base).',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          fetch-depth: 0',
    '          persist-credentials: false',
    '      - uses: actions/setup-node@v4',
    '        with:',
    "          node-version: '20'",
    '      - name: Install the pinned CLI',
    '        run: |',
    ...indent(cliInstallScript(o.cli), 10),
    '      # Distfiles and binary packages live in Docker volumes during the build; the runner cache keeps them.',
    '      - name: Restore distfiles and binpkgs',
    '        uses: actions/cache/restore@v4',
    '        with:',
    `          path: ${CI_PATHS.cache}`,
    `          key: ebuild-builder-${o.profile}-\${{ github.sha }}`,
    `          restore-keys: ebuild-builder-${o.profile}-`,
    '      - name: Load the caches into the builder volumes',
    '        run: |',
    ...indent(volumeSync(o, 'load'), 10),
    '      - name: Build the changed ebuilds',
    '        env:',
    '          # The PR base, else the branch head before this push (missing or all zeros for a new branch: the changes of the last commit are built).',
    '          BASE: ${{ github.event.pull_request.base.sha || github.event.before }}',
    '        run: |',
    '          BASE="${BASE:-HEAD^}"',
    ...indent(BASE_CHECK, 10),
    `          ${buildStepCommand(o)}`,
    '      # Failures, QA notices and USE/keyword/licence blocks as annotations on the ebuild lines.',
    '      - name: Annotate findings',
    '        if: always()',
    `        run: $EBUILD_BUILDER annotate --format github ${CI_PATHS.logs}`,
    '      # pkgcheck on the base and on the head tree of the changed packages: only the results this change introduces,',
    '      # on the lines it changed; fails on a new error. Needs pkgcheck in the builder image (else a warning).',
    '      - name: QA difference (pkgcheck)',
    '        if: always()',
    '        env:',
    '          BASE: ${{ github.event.pull_request.base.sha || github.event.before }}',
    '        run: |',
    '          BASE="${BASE:-HEAD^}"',
    ...indent(BASE_CHECK, 10),
    `          ${qaStepCommand(o, 'github')}`,
    '      - name: Save the caches',
    '        if: always()',
    '        run: |',
    ...indent(volumeSync(o, 'save'), 10),
    '      - uses: actions/cache/save@v4',
    '        if: always()',
    '        with:',
    `          path: ${CI_PATHS.cache}`,
    `          key: ebuild-builder-${o.profile}-\${{ github.sha }}`,
    '      - name: Upload logs and binary packages (artifacts/ and artifacts/logs/)',
    '        if: always()',
    '        uses: actions/upload-artifact@v4',
    '        with:',
    '          name: ebuild-builder-${{ github.run_id }}',
    `          path: ${CI_PATHS.artifacts}/`,
    '          if-no-files-found: ignore',
  ];
  return lines.join('\n') + '\n';
}

function gitlabWorkflow(o: CiOptions): string {
  const lines = [
    ...HEADER('gitlab', o),
    'ebuild-builder:',
    '  # Docker-in-Docker: the builder containers run in the dind service.',
    '  image: docker:27-cli',
    '  services:',
    '    - docker:27-dind',
    '  variables:',
    '    DOCKER_HOST: tcp://docker:2375',
    '    DOCKER_TLS_CERTDIR: ""',
    '    # Full history: `build --changed` compares with the commit before the push (or the MR base).',
    '    GIT_DEPTH: "0"',
    '    # How the job runs the CLI unpacked in before_script.',
    `    EBUILD_BUILDER: ${CI_CLI}`,
    '    # Which binary packages in the cache may be used (kept with the cache, so it stays true).',
    `    EBUILD_BUILDER_STATE_DIR: ${CI_PATHS.cache}/state`,
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
    '    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS',
    '      when: never',
    '    - if: $CI_COMMIT_BRANCH',
    '  # Distfiles and binary packages live in Docker volumes during the build; the runner cache keeps them.',
    '  cache:',
    `    key: ebuild-builder-${o.profile}`,
    '    paths:',
    `      - ${CI_PATHS.cache}/`,
    '  before_script:',
    '    - apk add --no-cache nodejs git bash tar curl',
    '    - |',
    ...indent(cliInstallScript(o.cli), 6),
    '    - |',
    ...indent(volumeSync(o, 'load'), 6),
    '  script:',
    '    - |',
    '      # The MR base, else the branch head before this push (missing or all zeros for a new branch: the changes of the last commit are built).',
    '      BASE="${CI_MERGE_REQUEST_DIFF_BASE_SHA:-$CI_COMMIT_BEFORE_SHA}"',
    '      BASE="${BASE:-HEAD^}"',
    ...indent(BASE_CHECK, 6),
    `      ${buildStepCommand(o)}`,
    '  after_script:',
    '    # Findings as a code-quality report (shown on the merge request), then the caches are saved.',
    '    - |',
    `      $EBUILD_BUILDER annotate --format gitlab-codequality ${CI_PATHS.logs} > gl-code-quality-report.json`,
    ...indent(volumeSync(o, 'save'), 6),
    '    # pkgcheck on the base and on the head tree of the changed packages: only the results this change introduces',
    '    # (shown on the merge request). Needs pkgcheck in the builder image (else the report is empty).',
    '    - |',
    '      BASE="${CI_MERGE_REQUEST_DIFF_BASE_SHA:-$CI_COMMIT_BEFORE_SHA}"',
    '      BASE="${BASE:-HEAD^}"',
    ...indent(BASE_CHECK, 6),
    `      ${qaStepCommand(o, 'gitlab-codequality')} > gl-code-quality-qa.json`,
    '  artifacts:',
    '    when: always',
    '    paths:',
    `      - ${CI_PATHS.artifacts}/`,
    '    reports:',
    '      codequality:',
    '        - gl-code-quality-report.json',
    '        - gl-code-quality-qa.json',
  ];
  return lines.join('\n') + '\n';
}

export function ciWorkflow(kind: CiKind, options: CiOptions): { path: string; content: string } {
  checkOptions(options);
  return { path: CI_FILES[kind], content: kind === 'github' ? githubWorkflow(options) : gitlabWorkflow(options) };
}
