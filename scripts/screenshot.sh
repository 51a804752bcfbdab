#!/usr/bin/env bash
# Runs the real app under a virtual display and takes a screenshot.
#
#   scripts/screenshot.sh [OUT.png] [-- ARGS FOR ENTENTE...]
#
# Env: ACTIONS="cmd;cmd" runs extra xdotool commands (after the window is up)
# before the shot, e.g. ACTIONS="key F1" or ACTIONS="mousemove 640 400 click 1".
# WAIT_SECS (default 4) is how long the layout may run before the shot.
# Installs the virtual display packages it needs when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/screenshot.png}
shift || true
[ "${1:-}" = "--" ] && shift

need=()
command -v Xvfb >/dev/null || need+=(xvfb xauth)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
dpkg -s libgl1-mesa-dri >/dev/null 2>&1 || need+=(libgl1-mesa-dri libegl1 libgl1 libegl-mesa0 libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6 x11-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --quiet
display=:${DISPLAY_NUM:-99}
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $app_pid $xvfb_pid 2>/dev/null || true' EXIT
sleep 1

export DISPLAY=$display
# A private config folder so remembered state does not leak into the shot.
export XDG_DATA_HOME=${XDG_DATA_HOME:-$(mktemp -d)}
export LIBGL_ALWAYS_SOFTWARE=1
./target/release/entente --fresh "$@" &
app_pid=$!

window=$(xdotool search --sync --name '^Entente' | head -n 1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
sleep "${WAIT_SECS:-4}"
if [ -n "${ACTIONS:-}" ]; then
  IFS=';' read -ra steps <<<"$ACTIONS"
  for step in "${steps[@]}"; do
    # shellcheck disable=SC2086
    xdotool $step
    sleep 0.4
  done
  sleep 1
fi
import -window root "$out"
echo "wrote $out"
