#!/bin/bash
# `podwarden --sandbox` and the signals that end a process (issue 15): SIGTERM, SIGHUP and SIGINT
# quit it cleanly (exit code 0) and stop the sandbox child with it; when it is killed outright
# (SIGKILL, no chance to clean up), the kernel ends the sandbox child all the same.
set -eu
exe=$1
tmp=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
    pkill -9 -f -- "--data $tmp/" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
unset PODWARDEN_SANDBOX
fail() { [ -f "$tmp/out" ] && tail -n 30 "$tmp/out"; echo "FAIL: $*"; exit 1; }

# start NAME: podwarden --sandbox in the background, with its own home; waits for the sandbox child.
start() {
    local home="$tmp/$1"
    mkdir -p "$home/home"
    HOME="$home/home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        QT_QPA_PLATFORM=offscreen "$exe" --sandbox >"$tmp/out" 2>&1 &
    app=$!
    pids+=("$app")
    for _ in $(seq 1 600); do
        grep -q "sandbox ready at" "$tmp/out" 2>/dev/null && break
        kill -0 "$app" 2>/dev/null || fail "podwarden ended before its sandbox was ready"
        sleep 0.1
    done
    grep -q "sandbox ready at" "$tmp/out" || fail "the sandbox never became ready"
    child=$(pgrep -f -- "--data $home/data" | head -n 1)
    [ -n "$child" ] || fail "no sandbox child found"
}

# gone PID: true once the process has ended (waits up to 10 s).
gone() {
    for _ in $(seq 1 100); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    return 1
}

for signal in TERM HUP INT; do
    start "sig$signal"
    kill -s "$signal" "$app"
    status=0
    wait "$app" || status=$?
    [ "$status" -eq 0 ] || fail "SIG$signal: podwarden exited with $status instead of quitting cleanly"
    grep -q "received: quitting" "$tmp/out" || fail "SIG$signal: podwarden did not say it was quitting"
    gone "$child" || fail "SIG$signal: the sandbox child ($child) outlived podwarden"
    echo "SIG$signal: podwarden quit cleanly and stopped its sandbox"
done

start killed
kill -s KILL "$app"
wait "$app" 2>/dev/null || true
gone "$child" || fail "SIGKILL: the sandbox child ($child) outlived podwarden"
echo "SIGKILL: the sandbox child ended with podwarden"
