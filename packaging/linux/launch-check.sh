#!/usr/bin/env bash
# CI's packaging check: builds the Linux app-image, starts its launcher under a private Xvfb on the
# demo data, waits for the main window, and closes it. Fails when the window never appears, so a
# packaging break fails CI. Needs xvfb, xdotool and libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/../.."

mvn -B -ntp -q -Ppackage -DskipTests -Djpackage.types=app-image package
launcher=target/jpackage/out/task-inbox/bin/task-inbox
[ -x "$launcher" ] || { echo "launch check: no launcher at $launcher"; exit 1; }

display=":$(( 90 + RANDOM % 400 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
sleep 1

# A throwaway home: the check must neither read nor write the machine's real settings.
env -u REPLY_API_KEY -u REPLY_API_URL HOME="$home" XDG_CONFIG_HOME="$home/.config" DISPLAY="$display" \
  "$launcher" > target/jpackage/launch-check.log 2>&1 &
app=$!
for second in $(seq 1 60); do
  # The real window, not the one that shows while start-up reads its files: on demo data its
  # title ends in "Demo data".
  if DISPLAY="$display" xdotool search --onlyvisible --name "Task Inbox .* Demo data" >/dev/null 2>&1; then
    echo "launch check: the packaged app showed its window after ${second} s"
    exit 0
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "launch check: the packaged app exited before showing a window:"
    cat target/jpackage/launch-check.log
    exit 1
  fi
  sleep 1
done
echo "launch check: no window after 60 s:"
cat target/jpackage/launch-check.log
exit 1
