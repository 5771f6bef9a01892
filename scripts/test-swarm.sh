#!/usr/bin/env bash
# A Docker swarm on one machine, for the scale-out tests and the P8 bench (docs/scale-out.md):
#   - the main dockerd (/var/run/docker.sock) as manager, advertised on 127.0.0.1:$EB_SWARM_PORT
#   - two more dockerd (w1, w2), each with its own data root, exec root, pidfile, socket and bridge (never
#     `--bridge none`: it deletes the main engine's docker0), and a docker_gwbridge of their own, joined as
#     workers advertised on 127.0.0.2 and 127.0.0.3
# Usage: scripts/test-swarm.sh up|down|stop-worker N|start-worker N|env
# `up` is idempotent and loads the test images into the workers (`docker save | docker load`); it writes
# $DIR/swarm.json. `down` leaves the swarm only if `up` created it, removes what swarm init and the runs added to the
# main engine (docker_gwbridge when it was not there before, the tree volumes swarm runs made), stops the workers,
# unmounts what they left (network namespaces) and deletes their bridges: the main engine comes out as it went in.
# The workers' data roots stay under $DIR (their images load faster next time).
set -euo pipefail

DIR=${EB_SWARM_DIR:-/tmp/ebuild-builder-swarm}
PORT=${EB_SWARM_PORT:-23777}
# What the swarm tests and P8 build with (the Gentoo profile); add others (test-sabayon) through EB_SWARM_IMAGES.
IMAGES=${EB_SWARM_IMAGES:-"ebuild-builder/test-gentoo:test ebuild-builder/test-gentoo-tree:test"}
WORKERS="1 2"

die() { echo "test-swarm: $*" >&2; exit 1; }
log() { echo "test-swarm: $*" >&2; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
wait_for() { # seconds command...
  local end=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $end ] || return 1
    sleep 0.2
  done
}
wsock() { echo "unix://$DIR/w$1/docker.sock"; }
wdocker() { local n=$1; shift; docker -H "$(wsock "$n")" "$@"; }
swarm_state() { docker "$@" info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null; }

start_worker() { # n
  local n=$1 d=$DIR/w$1 bridge=eb-sw$1
  mkdir -p "$d/data" "$d/exec"
  if ! ip link show "$bridge" >/dev/null 2>&1; then
    ip link add "$bridge" type bridge && ip addr add "10.212.$n.1/24" dev "$bridge" && ip link set "$bridge" up \
      || die "could not create the bridge $bridge (needs CAP_NET_ADMIN)"
  fi
  if alive "$d/dockerd.pid" && wdocker "$n" version >/dev/null 2>&1; then return 0; fi
  log "starting dockerd w$n"
  rm -f "$d/dockerd.pid" "$d/docker.sock"
  setsid dockerd --data-root "$d/data" --exec-root "$d/exec" --pidfile "$d/dockerd.pid" -H "$(wsock "$n")" \
    --bridge "$bridge" --iptables=false --ip-masq=false --ip6tables=false \
    </dev/null >>"$d/dockerd.log" 2>&1 9>&- &
  wait_for 60 wdocker "$n" version || die "dockerd w$n did not come up within 60 s; see $d/dockerd.log: $(tail -3 "$d/dockerd.log")"
}

stop_worker() { # n
  local f=$DIR/w$1/dockerd.pid
  alive "$f" || return 0
  kill "$(cat "$f")"
  wait_for 60 bash -c "! kill -0 $(cat "$f") 2>/dev/null" || log "dockerd w$1 still running after 60 s"
  log "stopped dockerd w$1"
}

# What a stopped worker's dockerd leaves mounted under its folder: the network namespaces of its sandboxes (one per
# swarm it was in: ingress) and its data root's own mount. Unmounted at `down`, deepest first, and its exec root goes.
release_worker() { # n
  local d=$DIR/w$1 m
  alive "$d/dockerd.pid" && return 0
  awk -v d="$d/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || log "could not unmount $m"
  done
  rm -rf "$d/exec"
}

join_worker() { # n
  local n=$1 state
  state=$(swarm_state -H "$(wsock "$n")")
  [ "$state" = active ] && return 0
  # The swarm's gateway bridge, made before joining so it does not take the main engine's interface name.
  if ! wdocker "$n" network inspect docker_gwbridge >/dev/null 2>&1; then
    wdocker "$n" network create --subnet "10.212.1$n.0/24" \
      --opt com.docker.network.bridge.name="eb-gw$n" \
      --opt com.docker.network.bridge.enable_icc=false \
      --opt com.docker.network.bridge.enable_ip_masquerade=false docker_gwbridge >/dev/null
  fi
  local token; token=$(docker swarm join-token -q worker)
  log "joining w$n as a worker on 127.0.0.$((n + 1))"
  wdocker "$n" swarm join --token "$token" --advertise-addr "127.0.0.$((n + 1))" \
    --listen-addr "127.0.0.$((n + 1)):$PORT" "127.0.0.1:$PORT" >/dev/null
}

load_images() {
  local img id n
  for img in $IMAGES; do
    id=$(docker image inspect -f '{{.Id}}' "$img" 2>/dev/null) || continue
    for n in $WORKERS; do
      if [ "$(wdocker "$n" image inspect -f '{{.Id}}' "$img" 2>/dev/null)" != "$id" ]; then
        log "loading $img into w$n"
        docker save "$img" | wdocker "$n" load >/dev/null || die "could not load $img into w$n"
      fi
    done
  done
}

nodes_ready() {
  [ "$(docker node ls --format '{{.Status}}' | grep -c Ready)" -ge 3 ]
}

write_env() {
  local ids; ids=$(docker node ls --format '{{.ID}} {{.ManagerStatus}}')
  cat > "$DIR/swarm.json" <<EOF
{
  "manager": "unix:///var/run/docker.sock",
  "managerNode": "$(docker info --format '{{.Swarm.NodeID}}')",
  "workers": [
    {"socket": "$(wsock 1)", "node": "$(wdocker 1 info --format '{{.Swarm.NodeID}}')", "pidfile": "$DIR/w1/dockerd.pid"},
    {"socket": "$(wsock 2)", "node": "$(wdocker 2 info --format '{{.Swarm.NodeID}}')", "pidfile": "$DIR/w2/dockerd.pid"}
  ],
  "script": "$0"
}
EOF
  : "$ids"
}

# What a fresh machine may lack (scripts/setup.sh installs docker.io; util-linux gives flock and setsid).
ensure_packages() {
  local missing=()
  command -v ip >/dev/null || missing+=(iproute2)
  command -v dockerd >/dev/null || missing+=(docker.io)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    flock /tmp/apt.lock apt-get install -y "${missing[@]}" >&2 || die "could not install ${missing[*]} with apt-get"
  fi
}

up() {
  [ "$(id -u)" = 0 ] || die "needs root (dockerd, bridges)"
  ensure_packages
  docker version >/dev/null 2>&1 || die "the main engine at /var/run/docker.sock does not answer: start dockerd first"
  mkdir -p "$DIR"
  exec 9>"$DIR/.lock"; flock 9
  local state; state=$(swarm_state)
  case $state in
    inactive)
      docker network inspect docker_gwbridge >/dev/null 2>&1 && : > "$DIR/gwbridge-was-there" || rm -f "$DIR/gwbridge-was-there"
      # Swarm runs leave the tree's volume on each node (a cache); those new on the main engine go at `down`.
      docker volume ls -q --filter label=ebuild-builder.tree > "$DIR/tree-volumes-before"
      log "swarm init on the main engine (127.0.0.1:$PORT)"
      docker swarm init --advertise-addr 127.0.0.1 --listen-addr "127.0.0.1:$PORT" >/dev/null
      : > "$DIR/initialized-by-us" ;;
    active)
      [ "$(docker info --format '{{.Swarm.ControlAvailable}}')" = true ] || die "the main engine is a worker of another swarm; leave it first"
      [ -f "$DIR/initialized-by-us" ] || log "the main engine is already a swarm manager: using its swarm, and leaving it as it is on down" ;;
    *) die "the main engine's swarm state is '$state'; wait for it to settle (docker info)" ;;
  esac
  local n
  for n in $WORKERS; do start_worker "$n"; join_worker "$n"; done
  wait_for 60 nodes_ready || die "the swarm does not have 3 ready nodes after 60 s: $(docker node ls 2>&1)"
  load_images
  write_env
  cat "$DIR/swarm.json"
}

down() {
  mkdir -p "$DIR"
  exec 9>"$DIR/.lock"; flock 9
  local n
  for n in $WORKERS; do
    if alive "$DIR/w$n/dockerd.pid"; then wdocker "$n" swarm leave --force >/dev/null 2>&1 || true; fi
    stop_worker "$n"
    release_worker "$n"
  done
  if [ -f "$DIR/initialized-by-us" ]; then
    log "leaving the swarm on the main engine"
    docker swarm leave --force >/dev/null || die "docker swarm leave --force failed on the main engine"
    rm -f "$DIR/initialized-by-us"
    local v
    for v in $(docker volume ls -q --filter label=ebuild-builder.tree); do
      grep -qxF "$v" "$DIR/tree-volumes-before" 2>/dev/null || docker volume rm "$v" >/dev/null 2>&1 || log "volume $v is in use; left in place"
    done
    # swarm init made docker_gwbridge; it stays after leaving unless removed.
    if [ ! -f "$DIR/gwbridge-was-there" ]; then
      wait_for 30 docker network rm docker_gwbridge || log "docker_gwbridge is still in use on the main engine; left in place"
    fi
  fi
  for n in $WORKERS; do ip link show "eb-sw$n" >/dev/null 2>&1 && ip link del "eb-sw$n" 2>/dev/null || true; done
  for n in $WORKERS; do ip link show "eb-gw$n" >/dev/null 2>&1 && ip link del "eb-gw$n" 2>/dev/null || true; done
  rm -f "$DIR/swarm.json"
}

case ${1:-up} in
  up) up ;;
  down) down ;;
  stop-worker) stop_worker "${2:?worker number}" ;;
  start-worker)
    start_worker "${2:?worker number}"
    wait_for 60 nodes_ready || die "w$2 did not come back as a ready node within 60 s" ;;
  env) cat "$DIR/swarm.json" ;;
  *) die "usage: $0 up|down|stop-worker N|start-worker N|env" ;;
esac
