/**
 * A seeded generator of an emerge log shaped like a large C/C++ build (the common case the P2 bench measures):
 * the emerge header and phase lines, a configure step, ninja and make progress lines carrying full compiler
 * command lines (0.3–3 KB), a compiler warning with its context lines about once per 300 lines, a few QA Notice
 * blocks, and a compile failure at the end. The same seed and size give the same bytes.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { seededRandom } from '../src/core/seededRandom';

const CPV = 'www-client/chromium-126.0.6478.126';
const WORK = `/var/tmp/portage/${CPV}/work/chromium-126.0.6478.126`;
const DIRS = ['base', 'base/strings', 'base/containers', 'net/http', 'net/quic', 'cc/paint', 'gpu/command_buffer/service', 'media/base',
  'third_party/blink/renderer/core/dom', 'third_party/blink/renderer/platform/graphics', 'v8/src/compiler', 'v8/src/heap', 'ui/gfx', 'components/viz/service'];
const WORDS = ['buffer', 'string_util', 'span', 'http_stream', 'quic_session', 'paint_op', 'gles2_cmd_decoder', 'audio_bus', 'element',
  'graphics_layer', 'turboshaft_graph', 'mark_compact', 'canvas', 'display', 'scheduler', 'task_runner', 'histogram', 'value_iterators'];
const DEFINES = ['USE_UDEV', 'USE_AURA=1', 'USE_GLIB=1', 'USE_OZONE=1', '__STDC_CONSTANT_MACROS', '__STDC_FORMAT_MACROS', '_FORTIFY_SOURCE=2',
  'NDEBUG', 'NVALGRIND', 'DYNAMIC_ANNOTATIONS_ENABLED=0', 'CR_LIBCXX_REVISION=e3b94d0e5b86883fd77696bf10dc33ba250ba99b', 'V8_USE_EXTERNAL_STARTUP_DATA',
  'WEBRTC_USE_PIPEWIRE', 'LIBYUV_DISABLE_NEON', 'GOOGLE_PROTOBUF_NO_RTTI', 'HAVE_PTHREAD', 'BLINK_IMPLEMENTATION=1', 'VK_USE_PLATFORM_XCB_KHR'];
const WARNINGS = [
  ['unused variable ‘%w’', '-Wunused-variable'], ['comparison of integer expressions of different signedness: ‘int’ and ‘size_t’', '-Wsign-compare'],
  ['‘%w’ may be used uninitialized', '-Wmaybe-uninitialized'], ['this statement may fall through', '-Wimplicit-fallthrough='],
  ['redundant move in return statement', '-Wredundant-move'], ['ignoring return value of ‘%w’ declared with attribute ‘nodiscard’', '-Wunused-result'],
];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function compileCommand(r: Rand, src: string, obj: string): string {
  const parts = ['/usr/bin/x86_64-pc-linux-gnu-g++', '-MMD', '-MF', `${obj}.d`];
  // 0.3–3 KB: the number of -D/-I/-W flags varies as between targets.
  const flags = 12 + Math.floor(r() * r() * 120);
  for (let i = 0; i < flags; i++) {
    const k = r();
    if (k < 0.4) parts.push(`-D${pick(r, DEFINES)}`);
    else if (k < 0.75) parts.push(`-I${pick(r, ['../..', 'gen', '../../third_party/abseil-cpp', '../../third_party/perfetto/include', '../../third_party/skia', '../../v8/include', '../../third_party/protobuf/src'])}`);
    else parts.push(pick(r, ['-Wall', '-Wextra', '-Wno-unused-parameter', '-Wno-missing-field-initializers', '-fno-strict-aliasing', '-fstack-protector-strong', '-funwind-tables', '-fPIC', '-pthread', '-m64', '-msse3']));
  }
  parts.push('-O2', '-pipe', '-march=x86-64-v2', '-std=c++20', '-fno-exceptions', '-fno-rtti', '-c', src, '-o', obj);
  return parts.join(' ');
}

function warning(r: Rand, src: string): string[] {
  const [text, option] = pick(r, WARNINGS);
  const w = pick(r, WORDS);
  const line = 10 + Math.floor(r() * 900);
  const col = 3 + Math.floor(r() * 40);
  const header = src.replace(/\.cc$/, '.h');
  return [
    `In file included from ${header}:${line - 7},`,
    `                 from ${src}:5:`,
    `${header}: In member function ‘void ${w}::Run(int)’:`,
    `${header}:${line}:${col}: warning: ${text.replace('%w', w)} [${option}]`,
    `  ${line} |     auto ${w} = Compute${w.length}(input);`,
    `      | ${' '.repeat(col)}^`,
  ];
}

const QA = [
  [' * QA Notice: Package triggers severe warnings which indicate that it', ' *             may exhibit random runtime failures.', ` * ${WORK}/base/strings/string_util.h:412:17: warning: array subscript 4 is outside array bounds [-Warray-bounds=]`, ''],
  [' * QA Notice: The following files contain writable and executable sections', ' *  Files with such sections will not work properly (or at all!) on some', ' *  architectures/operating systems.', ' *   RWX --- ---  usr/lib64/chromium-browser/libVkLayer_khronos_validation.so', ''],
  [' * QA Notice: Unrecognized configure options:', ' *   --disable-static', ''],
];

function header(r: Rand): string[] {
  const out = [
    'Calculating dependencies ... done!', 'Dependency resolution took 2.41 s (backtrack: 0/20).', '',
    `[ebuild  N     ] ${CPV}::gentoo  USE="X official proprietary-codecs system-harfbuzz vaapi wayland -custom-cflags -debug -gtk4 -headless (-selinux) -test" 5,326,164 KiB`,
    '', 'Total: 1 package (1 new), Size of downloads: 5,326,164 KiB', '', '>>> Verifying ebuild manifests', '',
    `>>> Emerging (1 of 1) ${CPV}::gentoo`, ` * chromium-126.0.6478.126.tar.xz BLAKE2B SHA512 size ;-) ...        [ ok ]`,
    '>>> Unpacking source...', `>>> Unpacking chromium-126.0.6478.126.tar.xz to /var/tmp/portage/${CPV}/work`,
    `>>> Source unpacked in /var/tmp/portage/${CPV}/work`, `>>> Preparing source in ${WORK} ...`,
    ' * Applying chromium-126-compiler.patch ...                                                   [ ok ]', '>>> Source prepared.',
    `>>> Configuring source in ${WORK} ...`,
  ];
  for (let i = 0; i < 40; i++) out.push(`-- Performing Test HAVE_${pick(r, WORDS).toUpperCase()} - ${r() < 0.8 ? 'Success' : 'Failed'}`);
  out.push('-- Configuring done (14.2s)', '-- Generating done (3.1s)', `-- Build files have been written to: ${WORK}/out/Release`,
    '>>> Source configured.', `>>> Compiling source in ${WORK} ...`, `ninja -v -j16 -l0 -C out/Release chrome chromedriver`, `ninja: Entering directory \`out/Release'`);
  return out;
}

function failure(n: number, total: number): string[] {
  const src = '../../third_party/blink/renderer/core/dom/element.cc';
  return [
    `[${n}/${total}] /usr/bin/x86_64-pc-linux-gnu-g++ -MMD -MF obj/blink/element.o.d -O2 -pipe -c ${src} -o obj/blink/element.o`,
    `FAILED: obj/blink/element.o`, `${src}: In member function ‘void blink::Element::AttachLayoutTree(AttachContext&)’:`,
    `${src}:3112:5: error: ‘LayoutTreeBuilder’ was not declared in this scope`, ' 3112 |     LayoutTreeBuilder builder(*this, context);', '      |     ^~~~~~~~~~~~~~~~~',
    'ninja: build stopped: subcommand failed.', ` * ERROR: ${CPV}::gentoo failed (compile phase):`, ' *   ninja -v -j16 -l0 -C out/Release chrome chromedriver failed', ' * ',
    ' * Call stack:', ' *     ebuild.sh, line  136:  Called src_compile', ' *   environment, line 5931:  Called eninja \'-C\' \'out/Release\' \'chrome\'',
    ' *   environment, line 2172:  Called die', ' * The specific snippet of code:', ' *       "$@" || die "${nonfatal_args[@]}" "${*} failed"', ' * ',
    ` * If you need support, post the output of \`emerge --info '=${CPV}::gentoo'\`,`, ` * the complete build log and the output of \`emerge -pqv '=${CPV}::gentoo'\`.`,
    ` * The complete build log is located at '/var/tmp/portage/${CPV}/temp/build.log'.`, ` * The ebuild environment file is located at '/var/tmp/portage/${CPV}/temp/environment'.`,
    ` * Working directory: '${WORK}/out/Release'`, ` * S: '${WORK}'`, '', `>>> Failed to emerge ${CPV}, Log file:`, '', `>>>  '/var/tmp/portage/${CPV}/temp/build.log'`, '',
  ];
}

/** Writes about `size` bytes (whole lines, the failure last) to `path`; returns the bytes written. */
export function writeBuildLog(path: string, size: number, seed = 20): number {
  const r = seededRandom(seed);
  const fd = openSync(path, 'w');
  let written = 0;
  const flush = (lines: string[]) => {
    const b = Buffer.from(lines.join('\n') + '\n', 'utf8');
    writeSync(fd, b);
    written += b.length;
  };
  try {
    flush(header(r));
    const tail = Buffer.byteLength(failure(0, 0).join('\n')) + 64;
    const total = Math.max(1, Math.round(size / 1000));
    let n = 0;
    let qa = 0;
    while (written < size - tail) {
      const batch: string[] = [];
      let pending = 0;
      for (let k = 0; k < 2000 && written + pending < size - tail; k++) {
        const before = batch.length;
        n++;
        const dir = pick(r, DIRS);
        const file = `${pick(r, WORDS)}${r() < 0.3 ? `_${Math.floor(r() * 99)}` : ''}`;
        const src = `../../${dir}/${file}.cc`;
        const obj = `obj/${dir.replace(/\//g, '_')}/${file}.o`;
        if (r() < 0.03) {
          // A make-driven subproject: its directory lines, then the command without a ninja counter.
          batch.push(`make[2]: Entering directory '${WORK}/third_party/${pick(r, WORDS)}'`, `${compileCommand(r, src, obj)}`);
        } else batch.push(`[${n}/${total}] ${compileCommand(r, src, obj)}`);
        if (r() < 1 / 300) batch.push(...warning(r, src));
        // A few QA notices, spread over the log (the notice's own checks run on bundled pieces).
        if (qa < QA.length && written + pending > (size * (qa + 1)) / (QA.length + 1)) batch.push(...QA[qa++]);
        for (let j = before; j < batch.length; j++) pending += batch[j].length + 1;
      }
      flush(batch);
    }
    flush(failure(n + 1, total));
  } finally {
    closeSync(fd);
  }
  return written;
}
