#!/usr/bin/env bash
# Test rig for remote engines, all on loopback (see docs/engines.md):
#   - a second dockerd on plain TCP (own bridge eb-tcp0, no iptables)        tcp://127.0.0.1:$EB_TCP_PORT
#   - a third dockerd with TLS (own CA)      tcp://127.0.0.1:$EB_TLS_PORT
#   - an sshd on 127.0.0.1 in front of the local engine (key-only, own host key and agent)
#   - podman's Docker-compatible socket      unix://$DIR/podman/podman.sock
# Usage: scripts/test-engines.sh start|stop|status|env
# `start` is idempotent: what already runs is kept. It loads the test images into the extra engines and
# writes $DIR/engines.json, which test/integration/engines.test.ts and bench/p1-remote.ts read.
set -euo pipefail

DIR=${EB_ENGINES_DIR:-/tmp/ebuild-builder-engines}
TCP_PORT=${EB_TCP_PORT:-23750}
TLS_PORT=${EB_TLS_PORT:-23760}
SSH_PORT=${EB_SSH_PORT:-22220}
SSH_NOFWD_PORT=${EB_SSH_NOFWD_PORT:-22221}   # same sshd, socket forwarding off: exercises `docker system dial-stdio`
LOCAL_SOCK=/var/run/docker.sock
TEST_IMAGE=ebuild-builder/engine-test:minbase
IMAGES=${EB_ENGINE_IMAGES:-"$TEST_IMAGE ebuild-builder/test-sabayon:test ebuild-builder/test-gentoo:test ebuild-builder/test-gentoo-tree:test ebuild-builder/test-eit:test"}

die() { echo "test-engines: $*" >&2; exit 1; }
log() { echo "test-engines: $*" >&2; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Poll a condition with a deadline instead of sleeping a fixed time.
wait_for() { # seconds description command...
  local secs=$1 what=$2; shift 2
  local end=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $end ] || return 1
    sleep 0.2
  done
}

ensure_packages() {
  local missing=()
  command -v sshd >/dev/null || [ -x /usr/sbin/sshd ] || missing+=(openssh-server)
  command -v podman >/dev/null || missing+=(podman)
  command -v openssl >/dev/null || missing+=(openssl)
  command -v curl >/dev/null || missing+=(curl)
  command -v ip >/dev/null || missing+=(iproute2)
  command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
  # podman's --init (builders without tini run with Init: true) needs catatonit.
  [ -x /usr/libexec/podman/catatonit ] || missing+=(catatonit)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    flock /tmp/apt.lock apt-get install -y "${missing[@]}" >&2 || die "could not install ${missing[*]} with apt-get"
  fi
}

ensure_test_image() {
  docker image inspect "$TEST_IMAGE" >/dev/null 2>&1 && return 0
  log "building $TEST_IMAGE (mmdebstrap minbase, ~25 s)"
  local tar; tar=$(mktemp /tmp/eb-minbase.XXXXXX.tar)
  mmdebstrap --quiet --variant=minbase bookworm "$tar" >&2 || { rm -f "$tar"; die "mmdebstrap failed: no Debian mirror reachable?"; }
  docker import "$tar" "$TEST_IMAGE" >/dev/null
  rm -f "$tar"
}

# Each extra dockerd gets a bridge of its own. Never `--bridge none`: a dockerd started with it deletes the
# docker0 interface of the machine's main engine (libnetwork's removeDefaultBridgeInterface).
ensure_bridge() { # name cidr
  ip link show "$1" >/dev/null 2>&1 && return 0
  ip link add "$1" type bridge && ip addr add "$2" dev "$1" && ip link set "$1" up \
    || die "could not create the bridge $1 for the test engines (needs CAP_NET_ADMIN)"
}

start_dockerd() { # name port bridge cidr extra-args...
  local name=$1 port=$2 bridge=$3 cidr=$4; shift 4
  local d=$DIR/$name
  mkdir -p "$d/data" "$d/exec"
  ensure_bridge "$bridge" "$cidr"
  if alive "$d/dockerd.pid" && docker -H "unix://$d/docker.sock" version >/dev/null 2>&1; then return 0; fi
  log "starting dockerd '$name' on 127.0.0.1:$port"
  rm -f "$d/dockerd.pid" "$d/docker.sock"
  setsid dockerd --data-root "$d/data" --exec-root "$d/exec" --pidfile "$d/dockerd.pid" \
    -H "unix://$d/docker.sock" -H "tcp://127.0.0.1:$port" \
    --bridge "$bridge" --iptables=false --ip-masq=false --ip6tables=false "$@" \
    </dev/null >"$d/dockerd.log" 2>&1 9>&- &
  wait_for 60 "dockerd $name" docker -H "unix://$d/docker.sock" version \
    || die "dockerd '$name' did not come up within 60 s; see $d/dockerd.log: $(tail -3 "$d/dockerd.log")"
}

make_tls() {
  local t=$DIR/tls/certs
  [ -f "$t/key.pem" ] && return 0
  mkdir -p "$t"
  ( cd "$t"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=ebuild-builder test CA" -keyout ca-key.pem -out ca.pem
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server-key.pem -out server.csr
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3650 -extfile server.ext -out server-cert.pem
    openssl req -newkey rsa:2048 -nodes -subj "/CN=client" -keyout key.pem -out client.csr
    printf 'extendedKeyUsage=clientAuth\n' > client.ext
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3650 -extfile client.ext -out cert.pem
    # A second, unrelated CA: tests use it to check the "wrong CA" message.
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=other CA" -keyout other-ca-key.pem -out other-ca.pem
    chmod 644 ./*.pem
  ) >/dev/null 2>&1 || die "openssl failed to make the test certificates in $t"
}

start_sshd() {
  local s=$DIR/ssh
  mkdir -p "$s" /run/sshd
  [ -f "$s/host_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -f "$s/host_ed25519"
  [ -f "$s/client_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C eb-client -f "$s/client_ed25519"
  [ -f "$s/client_enc_ed25519" ] || ssh-keygen -q -t ed25519 -N 'test passphrase' -C eb-client-enc -f "$s/client_enc_ed25519"
  [ -f "$s/other_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C eb-not-authorized -f "$s/other_ed25519"
  cat "$s/client_ed25519.pub" "$s/client_enc_ed25519.pub" > "$s/authorized_keys"
  cat > "$s/sshd_config.new" <<EOF
Port $SSH_PORT
Port $SSH_NOFWD_PORT
ListenAddress 127.0.0.1
HostKey $s/host_ed25519
PidFile $s/sshd.pid
AuthorizedKeysFile $s/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
AllowTcpForwarding yes
AllowStreamLocalForwarding yes
MaxSessions 64
MaxStartups 64
LogLevel VERBOSE
Match LocalPort $SSH_NOFWD_PORT
  AllowStreamLocalForwarding no
EOF
  if cmp -s "$s/sshd_config.new" "$s/sshd_config"; then rm "$s/sshd_config.new"; else
    mv "$s/sshd_config.new" "$s/sshd_config"
    # A running sshd re-reads its configuration (and ports) on SIGHUP.
    if alive "$s/sshd.pid"; then
      kill -HUP "$(cat "$s/sshd.pid")"
      sleep 0.5   # sshd re-executes itself and rewrites its pid file
      wait_for 10 sshd-reload alive "$s/sshd.pid" || die "sshd did not come back after SIGHUP; see $s/sshd.log"
      log "sshd reloaded its new configuration"
    fi
  fi
  if ! alive "$s/sshd.pid"; then
    log "starting sshd on 127.0.0.1:$SSH_PORT and :$SSH_NOFWD_PORT"
    /usr/sbin/sshd -f "$s/sshd_config" -E "$s/sshd.log" 9>&- || die "sshd failed to start; see $s/sshd.log"
    wait_for 10 sshd alive "$s/sshd.pid" || die "sshd did not write its pid file; see $s/sshd.log"
  fi
  # An ssh-agent of our own holding the unencrypted client key (the user's agent is never touched).
  if ! { [ -S "$s/agent.sock" ] && SSH_AUTH_SOCK=$s/agent.sock ssh-add -l >/dev/null 2>&1; }; then
    rm -f "$s/agent.sock"
    ssh-agent -a "$s/agent.sock" > "$s/agent.env" 9>&-
    SSH_AUTH_SOCK=$s/agent.sock ssh-add -q "$s/client_ed25519"
  fi
  # Host key line as ssh would write it, for tests that pre-trust the host.
  local key; key=$(cut -d' ' -f1,2 "$s/host_ed25519.pub")
  printf '[127.0.0.1]:%s %s\n[127.0.0.1]:%s %s\n' "$SSH_PORT" "$key" "$SSH_NOFWD_PORT" "$key" > "$s/known_hosts"
}

start_podman() {
  local p=$DIR/podman
  mkdir -p "$p"
  # Rootful podman in a restricted sandbox cannot raise rlimits: give it defaults it may set.
  cat > "$p/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]
EOF
  # conmon inherits the service's working directory: a service started from a checkout deleted since (an
  # earlier CI clone) still answers pings but cannot start a container ("Failed to get working directory")
  if alive "$p/service.pid" && readlink "/proc/$(cat "$p/service.pid")/cwd" | grep -q ' (deleted)$'; then
    log "the podman service runs in a deleted directory: restarting it"
    kill "$(cat "$p/service.pid")"
    wait_for 30 podman-stop bash -c "! kill -0 $(cat "$p/service.pid") 2>/dev/null" || die "the podman service did not stop; see $p/service.log"
  fi
  if alive "$p/service.pid" && curl -sf --unix-socket "$p/podman.sock" http://d/_ping >/dev/null 2>&1; then return 0; fi
  log "starting podman system service on $p/podman.sock"
  rm -f "$p/podman.sock"
  (cd "$p" && CONTAINERS_CONF=$p/containers.conf exec setsid podman system service --time=0 "unix://$p/podman.sock" </dev/null >"$p/service.log" 2>&1 9>&-) &
  echo $! > "$p/service.pid"
  wait_for 30 podman curl -sf --unix-socket "$p/podman.sock" http://d/_ping \
    || die "podman service did not answer on $p/podman.sock within 30 s; see $p/service.log"
}

image_id() { "$@" 2>/dev/null | sed 's/^sha256://' || true; }

load_images() {
  local img id
  for img in $IMAGES; do
    id=$(image_id docker image inspect -f '{{.Id}}' "$img")
    [ -n "$id" ] || continue
    local target
    for target in "$DIR/tcp/docker.sock" "$DIR/tls/docker.sock"; do
      if [ "$(image_id docker -H "unix://$target" image inspect -f '{{.Id}}' "$img")" != "$id" ]; then
        log "loading $img into $target"
        docker save "$img" | docker -H "unix://$target" load >/dev/null || die "could not load $img into $target"
      fi
    done
    if [ "$(image_id podman image inspect --format '{{.Id}}' "$img")" != "$id" ]; then
      log "loading $img into podman"
      docker save "$img" | podman load >/dev/null 2>&1 || die "could not load $img into podman"
    fi
  done
}

write_env() {
  cat > "$DIR/engines.json" <<EOF
{
  "local": "unix://$LOCAL_SOCK",
  "tcp": "tcp://127.0.0.1:$TCP_PORT",
  "tls": "tcp://127.0.0.1:$TLS_PORT",
  "tlsCertDir": "$DIR/tls/certs",
  "ssh": "ssh://root@127.0.0.1:$SSH_PORT",
  "sshNoForwarding": "ssh://root@127.0.0.1:$SSH_NOFWD_PORT",
  "sshDir": "$DIR/ssh",
  "sshAgent": "$DIR/ssh/agent.sock",
  "podman": "unix://$DIR/podman/podman.sock",
  "testImage": "$TEST_IMAGE"
}
EOF
}

stop_all() {
  local f
  for f in "$DIR/tcp/dockerd.pid" "$DIR/tls/dockerd.pid" "$DIR/ssh/sshd.pid" "$DIR/podman/service.pid"; do
    if alive "$f"; then
      kill "$(cat "$f")"
      wait_for 30 stop bash -c "! kill -0 $(cat "$f") 2>/dev/null" || log "$f: still running after 30 s"
      log "stopped $(dirname "$f" | xargs basename)"
    fi
  done
  for b in eb-tcp0 eb-tls0; do ip link show "$b" >/dev/null 2>&1 && ip link del "$b" 2>/dev/null || true; done
  if [ -f "$DIR/ssh/agent.env" ]; then
    # shellcheck disable=SC1091
    (. "$DIR/ssh/agent.env" >/dev/null; [ -n "${SSH_AGENT_PID:-}" ] && kill "$SSH_AGENT_PID" 2>/dev/null) || true
    rm -f "$DIR/ssh/agent.env" "$DIR/ssh/agent.sock"
  fi
}

case ${1:-start} in
  start)
    [ "$(id -u)" = 0 ] || die "needs root (dockerd, sshd, rootful podman)"
    docker version >/dev/null 2>&1 || die "the local engine at $LOCAL_SOCK does not answer: start dockerd first"
    mkdir -p "$DIR"
    # Concurrent starts (tests, bench) wait for each other; daemons get `9>&-` so they do not keep the lock.
    exec 9>"$DIR/.lock"; flock 9
    ensure_packages
    ensure_test_image
    start_dockerd tcp "$TCP_PORT" eb-tcp0 10.211.1.1/24
    make_tls
    start_dockerd tls "$TLS_PORT" eb-tls0 10.211.2.1/24 --tlsverify --tlscacert "$DIR/tls/certs/ca.pem" \
      --tlscert "$DIR/tls/certs/server-cert.pem" --tlskey "$DIR/tls/certs/server-key.pem"
    start_sshd
    start_podman
    load_images
    write_env
    cat "$DIR/engines.json"
    ;;
  stop) stop_all ;;
  status) for f in tcp/dockerd tls/dockerd ssh/sshd podman/service; do
      if alive "$DIR/$f.pid"; then echo "$f running"; else echo "$f stopped"; fi; done ;;
  env) cat "$DIR/engines.json" ;;
  *) die "usage: $0 start|stop|status|env" ;;
esac
