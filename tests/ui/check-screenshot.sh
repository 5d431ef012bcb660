#!/bin/sh
# `podwarden --screenshot FILE --quit-after-screenshot` takes its picture when the window has painted
# and the account is on it, however long that takes, and says when that was:
# - a sandbox slower to start than the fixed 4 s the option used to wait: the loaded demo account;
# - a sandbox that cannot start: the failure, said in words;
# - no profile at all (the first-run dialog), and --offline with no saved copy: at once;
# - --offline with a saved copy: the first frame, then the picture once the copy's rows are there.
set -eu
exe=$1
real_sandbox=$(dirname "$exe")/podwarden-sandbox
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fresh_home() {
    rm -rf "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache"
    export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
    mkdir -p "$HOME"
}
fail() { cat "$tmp/out"; echo "FAIL: $*"; exit 1; }
shoot() {
    rm -f "$tmp/shot.png"
    QT_QPA_PLATFORM=offscreen timeout 120 "$exe" "$@" --screenshot "$tmp/shot.png" --quit-after-screenshot \
        >"$tmp/out" 2>&1 || fail "podwarden $* did not quit after its screenshot"
    [ -s "$tmp/shot.png" ] || fail "podwarden $*: no screenshot"
}
timed() { grep -q "^on screen: the window .*[0-9]* ms after start" "$tmp/out" || fail "no start time"; }
line_of() { grep -n -m1 -- "$1" "$tmp/out" | cut -d: -f1; }

# A slow machine, played by a sandbox that takes 5 s to begin.
cat >"$tmp/slow-sandbox" <<EOF
#!/bin/sh
sleep 5
exec "$real_sandbox" "\$@"
EOF
chmod +x "$tmp/slow-sandbox"
fresh_home
PODWARDEN_SANDBOX="$tmp/slow-sandbox" shoot --sandbox
grep -q "loaded 13 keys, 8 secrets, 6 templates, 10 endpoints" "$tmp/out" || fail "the demo account was not loaded"
[ "$(line_of 'loaded 13 keys')" -lt "$(line_of '^screenshot: ')" ] || fail "the screenshot came before the account"
timed

# The same home offline: its saved copy is read after the first frame, and the picture waits for it.
shoot --offline
grep -q "showing the saved copy of" "$tmp/out" || fail "the saved copy was not shown"
[ "$(line_of 'showing the saved copy of')" -lt "$(line_of '^screenshot: ')" ] || fail "the screenshot came before the copy"
first=$(sed -n 's/^on screen: the window \([0-9]*\) ms after start, reading the saved copy$/\1/p' "$tmp/out")
rows=$(sed -n "s/^the saved copy's rows on screen: \([0-9]*\) ms after start$/\1/p" "$tmp/out")
# (13 rows may be read before the picture's turn: then the account was there with the first frame.)
if [ -n "$first" ]; then
    [ -n "$rows" ] && [ "$first" -le "$rows" ] || fail "no time for the saved copy's rows"
else
    grep -q "^on screen: the window and the account [0-9]* ms after start$" "$tmp/out" || fail "no start time"
fi

# A sandbox that cannot start: the picture shows the failure, and nobody waits for ever.
cat >"$tmp/broken-sandbox" <<EOF
#!/bin/sh
echo "podwarden-sandbox: cannot open the data folder" >&2
exit 2
EOF
chmod +x "$tmp/broken-sandbox"
fresh_home
PODWARDEN_SANDBOX="$tmp/broken-sandbox" shoot --sandbox
grep -q "could not start (exit code 2). It said: cannot open the data folder" "$tmp/out" ||
    fail "the sandbox's failure was not reported"
timed

# No profile: the first-run dialog is what there is to show.
fresh_home
shoot
timed
fresh_home
shoot --offline
timed
echo "podwarden --screenshot: taken once the account (or what went wrong) was on screen"
