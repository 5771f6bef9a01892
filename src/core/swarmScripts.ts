/**
 * The two programs a swarm run puts into the builder image (docs/scale-out.md), as fixed text: nothing of the
 * user's is ever spliced into them; what varies comes as arguments, environment and secret files. Python, because
 * every Portage image has it (Portage is Python); written for Python 3.6 (the last Sabayon images).
 *
 * - the job wrapper runs the build's own command (the profile's entrypoint and argv) after unpacking the inputs
 *   from the job's secrets, then uploads the packages the build wrote to the run's binhost and prints the build's
 *   status as its last line. It exits 0 whenever the build ran, so Swarm's restart policy (on-failure) only reruns
 *   a job whose node or container failed, never a build that failed.
 * - the binhost serves the run's packages to later levels (Portage's getbinpkg) and takes the uploads.
 */

/** The first word of the wrapper's protocol lines (stdout); the run takes them out of the build's output. */
export const JOB_MARK = 'ebuild-builder-job:';
/** Where the binhost keeps its files inside its container. */
export const BINHOST_ROOT = '/var/cache/ebuild-builder-binhost';
export const BINHOST_PORT = 8080;
/** User name of the binhost's basic authentication (the password is the run's token secret). */
export const BINHOST_USER = 'ebuild-builder';
/** File names of the secrets inside a task (under /run/secrets). */
export const TOKEN_SECRET_FILE = 'ebuild-builder-token';
export const INPUT_SECRET_FILE = 'ebuild-builder-input';

/** Exit statuses of the wrapper for what is not the build's fault: Swarm reruns the job (elsewhere) for these. */
export const JOB_EXIT = { binhostUnreachable: 3, uploadFailed: 4, noNewPrivileges: 5, inputs: 6 } as const;

export const JOB_WRAPPER = String.raw`
import ctypes, glob, io, os, signal, socket, struct, subprocess, sys, tarfile, time, base64
from urllib.parse import quote
from urllib.request import Request, urlopen
MARK = '${JOB_MARK}'
env = os.environ
job = env.get('EBUILD_BUILDER_JOB', 'job')
pkgdir = env.get('EBUILD_BUILDER_PKGDIR', '/var/cache/binpkgs')
logs = [p for p in env.get('EBUILD_BUILDER_LOGS', '').split('\n') if p]
def say(message):
    sys.stderr.write('>>> ebuild-builder: ' + message + '\n')
    sys.stderr.flush()
def fail(code, message):
    say(message)
    sys.exit(code)
# Docker's no-new-privileges, which the service API of older engines cannot set: prctl(PR_SET_NO_NEW_PRIVS).
if ctypes.CDLL(None, use_errno=True).prctl(38, 1, 0, 0, 0) != 0:
    fail(${JOB_EXIT.noNewPrivileges}, 'could not set no-new-privileges (prctl) in the job')
parts = sorted(glob.glob('/run/secrets/${INPUT_SECRET_FILE}.*'), key=lambda p: int(p.rsplit('.', 1)[1]))
try:
    data = b''.join(open(p, 'rb').read() for p in parts)
    with tarfile.open(fileobj=io.BytesIO(data), mode='r:gz') as tar:
        if hasattr(tarfile, 'fully_trusted_filter'):
            tar.extractall('/', filter='fully_trusted')
        else:
            tar.extractall('/')
except Exception as e:
    fail(${JOB_EXIT.inputs}, 'could not unpack the build inputs (%d secret parts): %s' % (len(parts), e))
def gateway():
    for line in open('/proc/net/route').read().splitlines()[1:]:
        f = line.split()
        if f[1] == '00000000':
            return socket.inet_ntoa(struct.pack('<L', int(f[2], 16)))
    return '127.0.0.1'
host = env.get('EBUILD_BUILDER_BINHOST_HOST', '')
if host == 'gateway':
    host = gateway()
port = env.get('EBUILD_BUILDER_BINHOST_PORT', '')
token = open('/run/secrets/${TOKEN_SECRET_FILE}').read().strip()
base = 'http://%s:%s' % (host, port)
auth = 'Basic ' + base64.b64encode(('${BINHOST_USER}:' + token).encode()).decode()
def call(method, path, body=None):
    request = Request(base + path, data=body, method=method, headers={'Authorization': auth})
    with urlopen(request, timeout=300) as r:
        return r.status
reason = None
for attempt in range(20):
    try:
        call('GET', '/Packages')
        break
    except Exception as e:
        reason = e
        time.sleep(1)
else:
    fail(${JOB_EXIT.binhostUnreachable}, "cannot reach the run's binhost at %s: %s" % (base, reason))
if env.get('EBUILD_BUILDER_GETBINPKG') == '1':
    env['PORTAGE_BINHOST'] = 'http://${BINHOST_USER}:%s@%s:%s' % (token, host, port)
for name in [n for n in env if n.startswith('EBUILD_BUILDER_')]:
    del env[name]
started = time.time() - 1
try:
    child = subprocess.Popen(sys.argv[1:])
except OSError as e:
    say('cannot run %s: %s' % (sys.argv[1:2], e))
    print('%s status 127' % MARK, flush=True)
    sys.exit(0)
for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(number, lambda n, frame: child.send_signal(n))
status = child.wait()
if status < 0:
    status = 128 - status
added = []
try:
    for root, dirs, files in os.walk(pkgdir):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.startswith('.') or name.startswith('Packages') or os.path.getmtime(path) < started:
                continue
            rel = os.path.relpath(path, pkgdir)
            with open(path, 'rb') as f:
                if call('PUT', '/jobs/%s/%s' % (job, quote(rel)), f.read()) == 201:
                    added.append(rel)
    if added:
        call('POST', '/index', b'')
except Exception as e:
    fail(${JOB_EXIT.uploadFailed}, "could not upload the packages to the run's binhost at %s: %s" % (base, e))
if status != 0:
    for path in logs:
        try:
            with open(path, 'rb') as f:
                call('PUT', '/logs/%s/%s' % (job, quote(os.path.basename(path))), f.read())
        except Exception:
            pass
sys.stderr.flush()
for rel in added:
    print('%s package %s' % (MARK, rel))
print('%s status %d' % (MARK, status), flush=True)
`;

/**
 * The binhost: `GET` serves PKGDIR with the `Packages` index that real Portage writes (`emaint binhost --fix`);
 * `PUT /jobs/JOB/PATH` takes a package a job built (kept per job for its artifacts, and added to PKGDIR unless a
 * package of that name is there: the first build of a name serves later levels); `PUT /logs/JOB/NAME` takes a
 * failed build's log; `POST /index` rewrites the index. Every request needs the run's token.
 */
export const BINHOST_SERVER = String.raw`
import base64, hmac, http.server, os, re, shutil, socketserver, subprocess, sys, threading
ROOT = '${BINHOST_ROOT}'
PKGDIR = ROOT + '/pkgdir'
token = open('/run/secrets/${TOKEN_SECRET_FILE}').read().strip()
expected = 'Basic ' + base64.b64encode(('${BINHOST_USER}:' + token).encode()).decode()
lock = threading.Lock()
SAFE = re.compile(r'^[A-Za-z0-9_+][A-Za-z0-9_.+@-]*$')
def same(a, b):
    if os.path.getsize(a) != os.path.getsize(b):
        return False
    with open(a, 'rb') as x, open(b, 'rb') as y:
        while True:
            p, q = x.read(1 << 20), y.read(1 << 20)
            if p != q:
                return False
            if not p:
                return True
def index():
    env = dict(os.environ, PKGDIR=PKGDIR)
    r = subprocess.run(['emaint', 'binhost', '--fix'], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return r.returncode, r.stdout
class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass
    def allowed(self):
        if hmac.compare_digest(self.headers.get('Authorization', ''), expected):
            return True
        self.send_response(401)
        self.send_header('WWW-Authenticate', 'Basic realm="ebuild-builder"')
        self.send_header('Content-Length', '0')
        self.end_headers()
        return False
    def reply(self, code, text=b''):
        self.send_response(code)
        self.send_header('Content-Length', str(len(text)))
        self.end_headers()
        self.wfile.write(text)
    def do_GET(self):
        if self.allowed():
            http.server.SimpleHTTPRequestHandler.do_GET(self)
    def do_HEAD(self):
        if self.allowed():
            http.server.SimpleHTTPRequestHandler.do_HEAD(self)
    def do_PUT(self):
        if not self.allowed():
            return
        parts = self.path.split('?')[0].split('/')[1:]
        if len(parts) < 3 or parts[0] not in ('jobs', 'logs') or not all(SAFE.match(p) for p in parts[1:]):
            return self.reply(400, b'bad path')
        length = int(self.headers.get('Content-Length', '0'))
        dest = os.path.join(ROOT, *parts)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest + '.part', 'wb') as out:
            while length > 0:
                chunk = self.rfile.read(min(length, 1 << 20))
                if not chunk:
                    return self.reply(400, b'short body')
                out.write(chunk)
                length -= len(chunk)
        os.rename(dest + '.part', dest)
        if parts[0] == 'logs':
            return self.reply(201)
        target = os.path.join(PKGDIR, *parts[2:])
        with lock:
            if os.path.exists(target):
                if same(dest, target):
                    os.remove(dest)
                    return self.reply(200, b'known')
                return self.reply(201, b'kept')
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(dest, target + '.part')
            os.rename(target + '.part', target)
        self.reply(201, b'added')
    def do_POST(self):
        if not self.allowed():
            return
        if self.path != '/index':
            return self.reply(404)
        with lock:
            code, output = index()
        self.reply(200 if code == 0 else 500, output)
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
for d in (PKGDIR, ROOT + '/jobs', ROOT + '/logs'):
    os.makedirs(d, exist_ok=True)
os.chdir(PKGDIR)
code, output = index()
if code != 0:
    sys.stderr.write(output.decode('utf-8', 'replace'))
    sys.exit(2)
server = Server(('', ${BINHOST_PORT}), Handler)
print('ebuild-builder-binhost: listening', flush=True)
server.serve_forever()
`;
