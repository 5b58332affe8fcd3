#!/usr/bin/env bash
# verify-images.sh — builds every example image under specs/ and shows, with plain docker and curl,
# that it behaves as its .contract promises. For specs/broken/* it shows that the broken behaviour is
# really there (checks named "breaks: …") and that the rest of that contract holds.
#
# usage: specs/verify-images.sh [--no-cache] [--remove-images] [name...]
#   name: base nginx redis postgres greeter counter static broken/<twin>   (default: all of them)
#   --no-cache       build without Docker's layer cache (to measure cold build times)
#   --remove-images  also remove the plimsoll-spec/* tags at the end (kept by default, for the cache)
#
# Needs bash, docker, curl and tar. Everything it starts (containers, networks, volumes) is labelled
# dev.plimsoll=true plus a label for this run, and removed on exit, also after a failure or Ctrl-C.
# Exit status 0 when every check passed, 1 otherwise.
set -uo pipefail

SPECS=$(cd "$(dirname "$0")" && pwd)
RUN_LABEL="dev.plimsoll.run=verify-$$"
LABELS=(--label dev.plimsoll=true --label "$RUN_LABEL")
MAIN=(base nginx redis postgres greeter counter static)
NO_CACHE=()
REMOVE_IMAGES=false
WORK=$(mktemp -d /tmp/plimsoll-verify.XXXXXX)

passed=0
failed=0
current=""
failures=()
summary=()
built_tags=()
build_times=()

# ---------------------------------------------------------------- reporting

section() {
  current=$1
  section_start_passed=$passed
  section_start_failed=$failed
  printf '\n== %s\n' "$current"
}

end_section() {
  summary+=("$(printf '%-24s %3d ok %3d failed' "$current" $((passed - section_start_passed)) $((failed - section_start_failed)))")
}

ok() {
  passed=$((passed + 1))
  printf '  ok    %s\n' "$1"
}

bad() {
  failed=$((failed + 1))
  failures+=("$current: $1${2:+ ($2)}")
  printf '  FAIL  %s%s\n' "$1" "${2:+ ($2)}"
}

expect_eq() { # WHAT EXPECTED ACTUAL
  if [ "$3" = "$2" ]; then ok "$1"; else bad "$1" "expected '$2', got '$3'"; fi
}

expect_has() { # WHAT NEEDLE HAYSTACK
  case $3 in
    *"$2"*) ok "$1" ;;
    *) bad "$1" "no '$2' in '$(printf '%s' "$3" | head -c 200)'" ;;
  esac
}

expect_lacks() { # WHAT NEEDLE HAYSTACK
  case $3 in
    *"$2"*) bad "$1" "found '$2'" ;;
    *) ok "$1" ;;
  esac
}

expect_below() { # WHAT LIMIT ACTUAL
  if [ "${3:-0}" -lt "$2" ]; then ok "$1 ($3 bytes)"; else bad "$1" "$3 bytes"; fi
}

expect_that() { # WHAT COMMAND... : the command's success is the check
  local out
  if out=$("${@:2}" 2>&1); then ok "$1"; else bad "$1" "$(printf '%s' "$out" | tail -n 1)"; fi
}

# ---------------------------------------------------------------- docker helpers

cfg() { docker image inspect -f "$2" "$1"; }

label() { docker image inspect -f "{{index .Config.Labels \"$2\"}}" "$1"; }

env_lines() { docker image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$1"; }

start() { docker run -d "${LABELS[@]}" "$@"; }

gone() { docker rm -f -v "$@" >/dev/null 2>&1; }

host_port() { docker port "$1" "$2/tcp" | head -n 1 | sed 's/.*://'; }

stdout_of() { docker logs "$1" 2>/dev/null; }

stderr_of() { docker logs "$1" 2>&1 >/dev/null; }

running() { docker inspect -f '{{.State.Running}}' "$1"; }

exit_code() { docker inspect -f '{{if .State.Running}}still running{{else}}{{.State.ExitCode}}{{end}}' "$1"; }

poll() { # SECONDS COMMAND... : retries every 0.2 s until the command succeeds or time is up
  local deadline=$(($(date +%s%N) + ${1%s} * 1000000000))
  shift
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s%N)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

has_log() { docker logs "$1" 2>&1 | grep -qF -- "$2"; }

is_healthy() { [ "$(docker inspect -f '{{.State.Health.Status}}' "$1")" = healthy ]; }

has_exited() { [ "$(running "$1")" = false ]; }

wait_log() { # WHAT CONTAINER TEXT SECONDS
  if poll "$4" has_log "$2" "$3"; then ok "$1"; else bad "$1" "no '$3' within $4s"; fi
}

http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$1$2"; }

http_body() { curl -s --max-time 3 "http://127.0.0.1:$1$2"; }

http_header() { # PORT PATH NAME
  curl -s -D - -o /dev/null --max-time 3 "http://127.0.0.1:$1$2" |
    tr -d '\r' | awk -v name="$(printf '%s' "$3" | tr 'A-Z' 'a-z')" -F': ' 'tolower($1) == name { print $2; exit }'
}

answers_200() { [ "$(http_status "$1" "$2")" = 200 ]; }

# The user a process runs as, named by the image's own /etc/passwd (the host may name uids otherwise).
proc_user() { # CONTAINER COMMAND-NAME
  local uid
  uid=$(docker top "$1" -o pid,uid,comm | awk -v comm="$2" 'NR > 1 && $3 == comm { print $2; exit }')
  [ -n "$uid" ] || { echo "no process $2"; return; }
  docker cp "$1:/etc/passwd" - | tar -xOf - | awk -F: -v uid="$uid" '$3 == uid { print $1; found = 1 } END { if (!found) print uid }'
}

# File facts read through the Docker API (docker cp), which needs no shell in the image:
# "directory 0750 app:app", "file 0755 root:root" or "absent".
file_meta() { # IMAGE PATH
  local ctr line
  ctr=$(docker create "${LABELS[@]}" "$1") || return 1
  line=$(docker cp "$ctr:$2" - 2>/dev/null | tar -tvf - 2>/dev/null | head -n 1)
  gone "$ctr"
  if [ -z "$line" ]; then echo absent; return; fi
  set -- $line
  local kind=file
  case ${1:0:1} in d) kind=directory ;; l) kind=symlink ;; esac
  printf '%s %s %s\n' "$kind" "$(octal_mode "$1")" "${2/\//:}"
}

octal_mode() { # drwxr-x--- -> 0750, drwxrwxrwt -> 1777
  local bits=${1:1:9} out="" special=0 i digit
  for i in 0 3 6; do
    digit=0
    [ "${bits:i:1}" = r ] && digit=$((digit + 4))
    [ "${bits:i+1:1}" = w ] && digit=$((digit + 2))
    case ${bits:i+2:1} in x | s | t) digit=$((digit + 1)) ;; esac
    case ${bits:i+2:1} in s | S | t | T) special=$((special + (4 >> (i / 3)))) ;; esac
    out+=$digit
  done
  echo "$special$out"
}

file_text() { # IMAGE PATH
  local ctr
  ctr=$(docker create "${LABELS[@]}" "$1") || return 1
  docker cp "$ctr:$2" - 2>/dev/null | tar -xOf - 2>/dev/null
  gone "$ctr"
}

# ---------------------------------------------------------------- building

build() { # NAME [docker build options...]
  local name=$1 dir=$SPECS/$1 tag=plimsoll-spec/${1//\//-}
  shift
  local begin end previous
  previous=$(docker image inspect -f '{{.Id}}' "$tag" 2>/dev/null)
  begin=$(date +%s%N)
  # --force-rm: a failing RUN step must not leave its container behind
  if docker build -q --force-rm "${NO_CACHE[@]}" --label dev.plimsoll=true -t "$tag" "$@" "$dir" >"$WORK/build.log" 2>&1; then
    end=$(date +%s%N)
    built_tags+=("$tag")
    # the image this build replaced is ours and now untagged
    if [ -n "$previous" ] && [ "$previous" != "$(docker image inspect -f '{{.Id}}' "$tag")" ]; then
      docker rmi "$previous" >/dev/null 2>&1
    fi
    local seconds size
    seconds=$(awk -v ns=$((end - begin)) 'BEGIN { printf "%.1f", ns / 1e9 }')
    size=$(docker image inspect -f '{{.Size}}' "$tag")
    build_times+=("$(printf '%-38s %6ss %8.1f MB' "$tag" "$seconds" "$(awk -v b="$size" 'BEGIN { print b / 1e6 }')")")
    ok "build $tag in ${seconds}s"
    return 0
  fi
  bad "build $tag" "$(grep -v -e DEPRECATED -e 'legacy builder' -e buildx "$WORK/build.log" | tail -n 3 | tr '\n' ' ')"
  return 1
}
# ---------------------------------------------------------------- the images

verify_base() {
  local img=${BASE_IMAGE:-debian:bookworm-slim}
  expect_that "image $img is on the engine" docker image inspect "$img"
  expect_below "size below 200MB" 200000000 "$(cfg "$img" '{{.Size}}')"
  expect_has "Debian 12" "12." "$(file_text "$img" /etc/debian_version)"
  expect_eq "/usr/bin/apt-get" "file 0755 root:root" "$(file_meta "$img" /usr/bin/apt-get)"
  expect_eq "/tmp" "directory 1777 root:root" "$(file_meta "$img" /tmp)"
  expect_eq "/root/.ssh" absent "$(file_meta "$img" /root/.ssh)"
}

verify_nginx() {
  local img=plimsoll-spec/nginx c p
  build nginx || return
  expect_eq "image user" www-data "$(cfg $img '{{.Config.User}}')"
  expect_has "exposes 8080/tcp" '"8080/tcp"' "$(cfg $img '{{json .Config.ExposedPorts}}')"
  expect_eq "stop signal" SIGQUIT "$(cfg $img '{{.Config.StopSignal}}')"
  expect_eq "title label" nginx "$(label $img org.opencontainers.image.title)"
  expect_has "nginx.conf logs access to stdout" "access_log /dev/stdout;" "$(file_text $img /etc/nginx/nginx.conf)"
  expect_eq "default site removed" absent "$(file_meta $img /etc/nginx/sites-enabled/default)"
  expect_has "/srv/www/api/status is JSON" '"status":"ok"' "$(file_text $img /srv/www/api/status)"
  expect_eq "/var/lib/nginx" "directory 0755 www-data:www-data" "$(file_meta $img /var/lib/nginx)"

  # serves the site with its own header; answers JSON; config valid
  c=$(start -p 127.0.0.1::8080 $img)
  p=$(host_port "$c" 8080)
  wait_log "ready line" "$c" "start worker processes" 10
  expect_eq "nginx runs as www-data" www-data "$(proc_user "$c" nginx)"
  expect_eq "GET / status" 200 "$(http_status "$p" /)"
  expect_eq "GET / content type" text/html "$(http_header "$p" / Content-Type)"
  expect_eq "GET / X-Served-By" plimsoll-nginx "$(http_header "$p" / X-Served-By)"
  expect_has "GET / body" "Served by nginx" "$(http_body "$p" /)"
  expect_eq "GET /missing status" 404 "$(http_status "$p" /missing)"
  expect_eq "GET /missing X-Served-By" plimsoll-nginx "$(http_header "$p" /missing X-Served-By)"
  expect_eq "GET /api/status content type" application/json "$(http_header "$p" /api/status Content-Type)"
  expect_eq "GET /api/status body" '{"status":"ok","server":"nginx"}' "$(http_body "$p" /api/status)"
  expect_that "access log line on stdout" poll 2 grep_stdout "$c" '"GET /api/status HTTP/1.1" 200 '
  expect_has "notices on stderr" 'using the "epoll" event method' "$(stderr_of "$c")"
  expect_eq "nginx -t exits 0" 0 "$(docker exec "$c" nginx -t >/dev/null 2>&1; echo $?)"
  expect_has "nginx -t says so on stderr" "syntax is ok" "$(docker exec "$c" nginx -t 2>&1 >/dev/null)"
  # shuts down gracefully on SIGQUIT
  docker kill -s SIGQUIT "$c" >/dev/null
  expect_that "exits within 5s of SIGQUIT" poll 5 has_exited "$c"
  expect_eq "exit code after SIGQUIT" 0 "$(exit_code "$c")"
  expect_has "graceful shutdown logged" "gracefully shutting down" "$(stderr_of "$c")"
  gone "$c"
}

grep_stdout() { stdout_of "$1" | grep -qF -- "$2"; }

verify_redis() {
  local img=plimsoll-spec/redis c v
  build redis || return
  expect_eq "image user" redis "$(cfg $img '{{.Config.User}}')"
  expect_has "exposes 6379/tcp" '"6379/tcp"' "$(cfg $img '{{json .Config.ExposedPorts}}')"
  expect_has "volume /data" '"/data"' "$(cfg $img '{{json .Config.Volumes}}')"
  expect_eq "title label" redis "$(label $img org.opencontainers.image.title)"
  expect_below "size below 250MB" 250000000 "$(cfg $img '{{.Size}}')"
  expect_eq "/data" "directory 0750 redis:redis" "$(file_meta $img /data)"
  expect_has "config has appendonly" "appendonly yes" "$(file_text $img /etc/redis/plimsoll.conf)"

  # accepts connections as redis
  c=$(start -p 127.0.0.1::6379 $img)
  wait_log "ready line" "$c" "Ready to accept connections" 10
  expect_that "port 6379 open" port_open "$(host_port "$c" 6379)"
  expect_eq "redis-server runs as redis" redis "$(proc_user "$c" redis-server)"
  expect_eq "redis-cli PING" PONG "$(docker exec "$c" redis-cli PING)"
  # saves and exits cleanly on SIGTERM
  docker kill -s SIGTERM "$c" >/dev/null
  expect_that "exits within 5s of SIGTERM" poll 5 has_exited "$c"
  expect_eq "exit code after SIGTERM" 0 "$(exit_code "$c")"
  expect_has "says goodbye" "Redis is now ready to exit" "$(stdout_of "$c")"
  gone "$c"

  # keeps its data across a new container (removed with -f, i.e. SIGKILL: the AOF must already have it)
  v=$(docker volume create "${LABELS[@]}")
  c=$(start -v "$v:/data" $img)
  wait_log "ready line (first container)" "$c" "Ready to accept connections" 10
  expect_eq "redis-cli SET k v" OK "$(docker exec "$c" redis-cli SET k v)"
  gone "$c"
  c=$(start -v "$v:/data" $img)
  wait_log "ready line (second container)" "$c" "Ready to accept connections" 10
  expect_eq "redis-cli GET k after recreate" v "$(docker exec "$c" redis-cli GET k)"
  gone "$c"
}

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

verify_postgres() {
  local img=plimsoll-spec/postgres c v net
  build postgres || return
  expect_eq "image user" postgres "$(cfg $img '{{.Config.User}}')"
  expect_has "exposes 5432/tcp" '"5432/tcp"' "$(cfg $img '{{json .Config.ExposedPorts}}')"
  expect_has "volume for PGDATA" '"/var/lib/postgresql/data"' "$(cfg $img '{{json .Config.Volumes}}')"
  expect_has "env PGDATA" "PGDATA=/var/lib/postgresql/data" "$(env_lines $img)"
  expect_eq "stop signal" SIGINT "$(cfg $img '{{.Config.StopSignal}}')"
  expect_eq "entrypoint script" "file 0755 root:root" "$(file_meta $img /usr/local/bin/docker-entrypoint.sh)"
  expect_eq "data directory" "directory 0700 postgres:postgres" "$(file_meta $img /var/lib/postgresql/data)"
  expect_has "no main cluster at install" "create_main_cluster = false" \
    "$(file_text $img /etc/postgresql-common/createcluster.d/no-main-cluster.conf)"

  # refuses to start without POSTGRES_PASSWORD
  c=$(start $img)
  expect_that "exits within 5s without a password" poll 5 has_exited "$c"
  expect_eq "exit code without a password" 3 "$(exit_code "$c")"
  expect_has "says why on stderr" "POSTGRES_PASSWORD is not set" "$(stderr_of "$c")"
  expect_eq "nothing on stdout" "" "$(stdout_of "$c")"
  gone "$c"

  # initialises an empty data directory and answers queries, locally and over the network
  net=$(docker network create "${LABELS[@]}" "plimsoll-verify-$$-pg")
  c=$(start --network "$net" --network-alias db -e POSTGRES_PASSWORD=s3cret -p 127.0.0.1::5432 $img)
  wait_log "ready line" "$c" "database system is ready to accept connections" 30
  expect_has "initdb ran as postgres" "initialising /var/lib/postgresql/data as postgres" "$(stdout_of "$c")"
  expect_has "listens on all IPv4 interfaces" 'listening on IPv4 address "0.0.0.0", port 5432' "$(stderr_of "$c")"
  expect_that "port 5432 open" port_open "$(host_port "$c" 5432)"
  expect_eq "postgres runs as postgres" postgres "$(proc_user "$c" postgres)"
  expect_eq "psql -U postgres -tAc 'select 1'" 1 "$(docker exec "$c" psql -U postgres -tAc 'select 1')"
  expect_eq "network login with the password" 2 "$(docker run --rm "${LABELS[@]}" --network "$net" -e PGPASSWORD=s3cret \
    --entrypoint psql $img -h db -U postgres -tAc 'select 2' 2>&1)"
  expect_has "network login with a wrong password fails" "password authentication failed" "$(docker run --rm \
    "${LABELS[@]}" --network "$net" -e PGPASSWORD=wrong --entrypoint psql $img -h db -U postgres -tAc 'select 2' 2>&1)"
  # shuts down fast and clean on SIGINT
  docker kill -s SIGINT "$c" >/dev/null
  expect_that "exits within 10s of SIGINT" poll 10 has_exited "$c"
  expect_eq "exit code after SIGINT" 0 "$(exit_code "$c")"
  expect_has "shutdown logged" "database system is shut down" "$(stderr_of "$c")"
  gone "$c"
  docker network rm "$net" >/dev/null

  # data survives a new container
  v=$(docker volume create "${LABELS[@]}")
  c=$(start -e POSTGRES_PASSWORD=s3cret -v "$v:/var/lib/postgresql/data" $img)
  wait_log "ready line (first container)" "$c" "database system is ready to accept connections" 30
  expect_that "create a table" docker exec "$c" psql -U postgres -c "create table kept as select 'still here' as x"
  gone "$c"
  c=$(start -e POSTGRES_PASSWORD=s3cret -v "$v:/var/lib/postgresql/data" $img)
  wait_log "ready line (second container)" "$c" "database system is ready to accept connections" 30
  expect_eq "row still there" "still here" "$(docker exec "$c" psql -U postgres -tAc 'select x from kept')"
  expect_lacks "no second initdb" "initialising" "$(stdout_of "$c")"
  gone "$c"
}

verify_greeter() {
  local img=plimsoll-spec/greeter c p v greeting
  build greeter || return
  expect_eq "image user" app "$(cfg $img '{{.Config.User}}')"
  expect_has "exposes 8080/tcp" '"8080/tcp"' "$(cfg $img '{{json .Config.ExposedPorts}}')"
  expect_has "volume /data" '"/data"' "$(cfg $img '{{json .Config.Volumes}}')"
  expect_has "env GREETING" "GREETING=hello" "$(env_lines $img)"
  expect_eq "title label" greeter "$(label $img org.opencontainers.image.title)"
  expect_eq "has a healthcheck" yes "$(cfg $img '{{if .Config.Healthcheck}}yes{{end}}')"
  expect_eq "stop signal" SIGTERM "$(cfg $img '{{.Config.StopSignal}}')"
  expect_below "size below 300MB" 300000000 "$(cfg $img '{{.Size}}')"
  expect_eq "/data" "directory 0750 app:app" "$(file_meta $img /data)"
  expect_eq "/usr/local/bin/greeter" "file 0755 root:root" "$(file_meta $img /usr/local/bin/greeter)"
  expect_has "/srv/www/index.html" greeter "$(file_text $img /srv/www/index.html)"
  expect_eq "/root/.ssh" absent "$(file_meta $img /root/.ssh)"

  # serves health on the configured port
  c=$(start -e PORT=9000 -p 127.0.0.1::9000 $img)
  p=$(host_port "$c" 9000)
  wait_log "ready line" "$c" "greeter listening on port 9000" 10
  expect_has "says who it runs as" "greeter starting as app" "$(stdout_of "$c")"
  expect_eq "stderr empty" "" "$(stderr_of "$c")"
  expect_eq "httpd runs as app" app "$(proc_user "$c" httpd)"
  expect_that "port 9000 open" port_open "$p"
  expect_eq "health status" 200 "$(http_status "$p" /cgi-bin/health)"
  expect_eq "health content type" application/json "$(http_header "$p" /cgi-bin/health Content-Type)"
  expect_eq "health body" '{"status":"ok","port":9000,"greeting":"hello"}' "$(http_body "$p" /cgi-bin/health)"
  # reloads on SIGHUP and keeps running
  docker kill -s SIGHUP "$c" >/dev/null
  sleep 2
  expect_eq "running 2s after SIGHUP" true "$(running "$c")"
  expect_has "reload logged" "greeter reloading" "$(stdout_of "$c")"
  # stops cleanly on SIGTERM
  docker kill -s SIGTERM "$c" >/dev/null
  expect_that "exits within 5s of SIGTERM" poll 5 has_exited "$c"
  expect_eq "exit code after SIGTERM" 0 "$(exit_code "$c")"
  expect_has "says it stopped" "greeter stopped" "$(stdout_of "$c")"
  gone "$c"

  # visits survive a new container
  v=$(docker volume create "${LABELS[@]}")
  c=$(start -v "$v:/data" -p 127.0.0.1::8080 $img)
  wait_log "ready line (first container)" "$c" "listening" 10
  expect_eq "first visit" "visits=1" "$(http_body "$(host_port "$c" 8080)" /cgi-bin/visit)"
  gone "$c"
  c=$(start -v "$v:/data" -p 127.0.0.1::8080 $img)
  wait_log "ready line (second container)" "$c" "listening" 10
  expect_eq "second visit, new container" "visits=2" "$(http_body "$(host_port "$c" 8080)" /cgi-bin/visit)"
  gone "$c"

  # greeting is configurable (the healthcheck's verdict first)
  for greeting in hi ahoy; do
    c=$(start -e "GREETING=$greeting" -p 127.0.0.1::8080 $img)
    expect_that "healthy within 20s (GREETING=$greeting)" poll 20 is_healthy "$c"
    expect_has "greets with $greeting" "\"greeting\":\"$greeting\"" "$(http_body "$(host_port "$c" 8080)" /cgi-bin/health)"
    gone "$c"
  done

  # starts fast
  c=$(start $img)
  wait_log "listening within 2s" "$c" "listening" 2
  gone "$c"
}

verify_counter() {
  local img=plimsoll-spec/counter c r p net
  build counter || return
  expect_eq "image user" app "$(cfg $img '{{.Config.User}}')"
  expect_has "exposes 8000/tcp" '"8000/tcp"' "$(cfg $img '{{json .Config.ExposedPorts}}')"
  expect_has "env PORT" "PORT=8000" "$(env_lines $img)"
  expect_eq "title label" counter "$(label $img org.opencontainers.image.title)"
  expect_eq "/srv/www/cgi-bin/hit" "file 0755 root:root" "$(file_meta $img /srv/www/cgi-bin/hit)"

  # counts hits in redis, then says so when redis is gone
  net=$(docker network create "${LABELS[@]}" "plimsoll-verify-$$-counter")
  r=$(start --network "$net" --network-alias redis plimsoll-spec/redis)
  wait_log "service redis ready" "$r" "Ready to accept connections" 10
  c=$(start --network "$net" -e REDIS_HOST=redis -p 127.0.0.1::8000 $img)
  p=$(host_port "$c" 8000)
  wait_log "ready line" "$c" "counter ready" 10
  expect_eq "first hit" '{"hits":1}' "$(http_body "$p" /cgi-bin/hit)"
  expect_eq "second hit" '{"hits":2}' "$(http_body "$p" /cgi-bin/hit)"
  docker stop "$r" >/dev/null
  expect_that "503 within 5s once redis is stopped" poll 5 answers_with "$p" /cgi-bin/hit 503
  expect_eq "503 is JSON" application/json "$(http_header "$p" /cgi-bin/hit Content-Type)"
  expect_has "503 says why" "unreachable" "$(http_body "$p" /cgi-bin/hit)"
  sleep 1 # the contract's promise: still running 1s later
  expect_eq "still running after 1s" true "$(running "$c")"
  gone "$c" "$r"
  docker network rm "$net" >/dev/null

  # refuses to start without REDIS_HOST
  c=$(start $img)
  expect_that "exits within 5s without REDIS_HOST" poll 5 has_exited "$c"
  expect_eq "exit code without REDIS_HOST" 3 "$(exit_code "$c")"
  expect_has "says why on stderr" "REDIS_HOST is not set" "$(stderr_of "$c")"
  gone "$c"
}

answers_with() { [ "$(http_status "$1" "$2")" = "$3" ]; }

verify_static() {
  local img=plimsoll-spec/static c p
  local version=${VERSION:-1.0.0}
  build static --build-arg "VERSION=$version" || return
  expect_eq "image user" 65532 "$(cfg $img '{{.Config.User}}')"
  expect_has "exposes 8080/tcp" '"8080/tcp"' "$(cfg $img '{{json .Config.ExposedPorts}}')"
  expect_eq "version label from the build arg" "$version" "$(label $img org.opencontainers.image.version)"
  expect_below "size below 5MB" 5000000 "$(cfg $img '{{.Size}}')"
  expect_eq "server binary" "file 0555 nonroot:nonroot" "$(file_meta $img /usr/local/bin/static-server)"
  expect_has "/etc/passwd names nonroot" "nonroot:x:65532:65532" "$(file_text $img /etc/passwd)"
  expect_eq "/bin/sh" absent "$(file_meta $img /bin/sh)"

  # answers health as JSON
  c=$(start -p 127.0.0.1::8080 $img)
  p=$(host_port "$c" 8080)
  wait_log "ready line" "$c" "static listening on port 8080" 5
  expect_eq "static-server runs as nonroot" nonroot "$(proc_user "$c" static-server)"
  expect_eq "health status" 200 "$(http_status "$p" /health)"
  expect_eq "health content type" application/json "$(http_header "$p" /health Content-Type)"
  expect_has "health body" '"status":"ok"' "$(http_body "$p" /health)"
  expect_eq "unknown path" 404 "$(http_status "$p" /nowhere)"
  expect_has "access line on stdout" "GET /health 200" "$(stdout_of "$c")"
  expect_eq "stderr empty" "" "$(stderr_of "$c")"
  expect_that "no shell to exec" not docker exec "$c" sh -c true
  # stops on SIGTERM with a last word
  docker kill -s SIGTERM "$c" >/dev/null
  expect_that "exits within 3s of SIGTERM" poll 3 has_exited "$c"
  expect_eq "exit code after SIGTERM" 0 "$(exit_code "$c")"
  expect_has "last word" "static stopped on signal 15" "$(stdout_of "$c")"
  gone "$c"
}

not() { ! "$@"; }
# ---------------------------------------------------------------- the broken twins

verify_broken_ignores_sigterm() {
  local img=plimsoll-spec/broken-ignores-sigterm c
  build broken/ignores-sigterm || return
  c=$(start $img)
  wait_log "ready line" "$c" "listening on port 8080" 10
  docker kill -s SIGTERM "$c" >/dev/null
  sleep 3
  expect_eq "breaks: still running 3s after SIGTERM" true "$(running "$c")"
  gone "$c"
}

verify_broken_runs_as_root() {
  local img=plimsoll-spec/broken-runs-as-root c p
  build broken/runs-as-root || return
  expect_eq "breaks: image has no user" "" "$(cfg $img '{{.Config.User}}')"
  expect_has "exposes 8080/tcp" '"8080/tcp"' "$(cfg $img '{{json .Config.ExposedPorts}}')"
  c=$(start -p 127.0.0.1::8080 $img)
  p=$(host_port "$c" 8080)
  wait_log "ready line" "$c" "listening on port 8080" 10
  expect_eq "breaks: httpd runs as root" root "$(proc_user "$c" httpd)"
  expect_eq "health status" 200 "$(http_status "$p" /cgi-bin/health)"
  gone "$c"
}

verify_broken_wrong_owner() {
  local img=plimsoll-spec/broken-wrong-owner
  build broken/wrong-owner || return
  expect_has "/data is a directory" "directory " "$(file_meta $img /data)"
  expect_eq "breaks: /data is root:root 0777" "directory 0777 root:root" "$(file_meta $img /data)"
  expect_eq "start script mode" "file 0755 root:root" "$(file_meta $img /usr/local/bin/start)"
}

verify_broken_logs_to_file() {
  local img=plimsoll-spec/broken-logs-to-file c p
  build broken/logs-to-file || return
  c=$(start -p 127.0.0.1::8080 $img)
  p=$(host_port "$c" 8080)
  expect_that "breaks: no ready line in the log within 5s" not poll 5 has_log "$c" "listening on port 8080"
  expect_that "health answers within 10s" poll 10 answers_200 "$p" /cgi-bin/health
  expect_lacks "breaks: stdout lacks the ready line" "listening on port 8080" "$(stdout_of "$c")"
  expect_has "the ready line is in the file" "listening on port 8080" "$(docker exec "$c" cat /var/log/app/app.log)"
  gone "$c"
}

verify_broken_ignores_port() {
  local img=plimsoll-spec/broken-ignores-port c
  build broken/ignores-port || return
  c=$(start -e PORT=9000 -p 127.0.0.1::9000 -p 127.0.0.1::8080 $img)
  wait_log "claims port 9000" "$c" "listening on port 9000" 10
  expect_that "breaks: nothing answers on 9000 within 3s" not poll 3 answers_200 "$(host_port "$c" 9000)" /cgi-bin/health
  expect_eq "health on 8080" 200 "$(http_status "$(host_port "$c" 8080)" /cgi-bin/health)"
  gone "$c"
}

verify_broken_slow_start() {
  local img=plimsoll-spec/broken-slow-start c p
  build broken/slow-start || return
  c=$(start -p 127.0.0.1::8080 $img)
  p=$(host_port "$c" 8080)
  expect_that "breaks: not listening within 2s" not poll 2 has_log "$c" "listening"
  gone "$c"
  c=$(start -p 127.0.0.1::8080 $img)
  p=$(host_port "$c" 8080)
  wait_log "listening within 20s" "$c" "listening" 20
  expect_has "warms up first" "warming up" "$(stdout_of "$c")"
  expect_eq "health status" 200 "$(http_status "$p" /cgi-bin/health)"
  gone "$c"
}

verify_broken_missing_label() {
  local img=plimsoll-spec/broken-missing-label
  build broken/missing-label || return
  expect_eq "breaks: no title label" "" "$(label $img org.opencontainers.image.title)"
  expect_eq "image user" app "$(cfg $img '{{.Config.User}}')"
  expect_has "exposes 8080/tcp" '"8080/tcp"' "$(cfg $img '{{json .Config.ExposedPorts}}')"
}

verify_broken_never_healthy() {
  local img=plimsoll-spec/broken-never-healthy c p
  build broken/never-healthy || return
  expect_eq "has a healthcheck" yes "$(cfg $img '{{if .Config.Healthcheck}}yes{{end}}')"
  c=$(start $img)
  expect_that "breaks: not healthy within 10s" not poll 10 is_healthy "$c"
  expect_eq "breaks: reported unhealthy" unhealthy "$(docker inspect -f '{{.State.Health.Status}}' "$c")"
  gone "$c"
  c=$(start -p 127.0.0.1::8080 $img)
  p=$(host_port "$c" 8080)
  wait_log "ready line" "$c" "listening on port 8080" 10
  expect_eq "health status" 200 "$(http_status "$p" /cgi-bin/health)"
  gone "$c"
}

# ---------------------------------------------------------------- main

cleanup() {
  local ids
  ids=$(docker ps -aq --filter "label=$RUN_LABEL")
  [ -z "$ids" ] || docker rm -f -v $ids >/dev/null
  ids=$(docker network ls -q --filter "label=$RUN_LABEL")
  [ -z "$ids" ] || docker network rm $ids >/dev/null
  ids=$(docker volume ls -q --filter "label=$RUN_LABEL")
  [ -z "$ids" ] || docker volume rm $ids >/dev/null
  if $REMOVE_IMAGES && [ ${#built_tags[@]} -gt 0 ]; then
    docker rmi "${built_tags[@]}" >/dev/null 2>&1
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

names=()
for arg in "$@"; do
  case $arg in
    --no-cache) NO_CACHE=(--no-cache) ;;
    --remove-images) REMOVE_IMAGES=true ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $arg (see --help)" >&2; exit 2 ;;
    *) names+=("${arg%/}") ;;
  esac
done
if [ ${#names[@]} -eq 0 ]; then
  names=("${MAIN[@]}")
  for dir in "$SPECS"/broken/*/; do
    dir=${dir%/}
    names+=("broken/${dir##*/}")
  done
fi

for name in "${names[@]}"; do
  if ! declare -F "verify_${name//[\/-]/_}" >/dev/null; then
    echo "no verification for '$name' (names: ${MAIN[*]} broken/<twin>)" >&2
    exit 2
  fi
done

for name in "${names[@]}"; do
  fn=verify_${name//[\/-]/_}
  section "$name"
  # counter's contract builds its redis service from ../redis
  if [ "$name" = counter ] && ! docker image inspect plimsoll-spec/redis >/dev/null 2>&1; then
    build redis
  fi
  "$fn"
  end_section
done

printf '\n== build times (%s)\n' "$([ ${#NO_CACHE[@]} -gt 0 ] && echo 'no cache' || echo 'with cache')"
printf '  %s\n' "${build_times[@]}"
printf '\n== summary\n'
printf '  %s\n' "${summary[@]}"
printf '  %-24s %3d ok %3d failed\n' "total" "$passed" "$failed"
if [ "$failed" -gt 0 ]; then
  printf '\nfailed checks:\n'
  printf '  %s\n' "${failures[@]}"
  exit 1
fi
