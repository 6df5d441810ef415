#!/usr/bin/env bash
# End-to-end: starts the REPL in tmux (./layerlab repl: the starter sandbox), types commands as a learner
# would, checks the screen.
# LAYERLAB_CMD overrides how layerlab is started (the JUnit wrapper passes a java command line).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmd=${LAYERLAB_CMD:-"$here/layerlab"}
command -v tmux >/dev/null || { echo "SKIP: tmux is not installed (apt-get install tmux)"; exit 0; }
session="layerlab-e2e-$$"
home=$(mktemp -d)
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$home"' EXIT

screen() { tmux capture-pane -p -J -t "$session"; }
wait_for() { # wait_for TEXT [SECONDS]
  local deadline=$((SECONDS + ${2:-30}))
  until screen | grep -qF -- "$1"; do
    if ((SECONDS > deadline)); then
      echo "FAIL: waited for '$1'; the screen shows:"; screen; exit 1
    fi
    sleep 0.2
  done
}
type_line() { tmux send-keys -t "$session" -l -- "$1"; tmux send-keys -t "$session" Enter; }

tmux new-session -d -s "$session" -x 100 -y 40 \
  "env HOME='$home' TERM=xterm-256color JAVA_TOOL_OPTIONS=-Dorg.jline.utils.disableAlternateCharset=true $cmd repl; sleep 2"
wait_for "starter>" 60
type_line "build"
wait_for "6 layers"
type_line "clear-screen-check"
wait_for "unknown command: clear-screen-check"
type_line 'edit 6 RUN echo "a && b!" > /tmp/x'
wait_for '> 6 | RUN echo "a && b!" > /tmp/x'
type_line "swap 3 5"
wait_for "> 5 | COPY app.sh ."
type_line "undo"
wait_for "undone: swap 3 5"
tmux send-keys -t "$session" -l "sw"; tmux send-keys -t "$session" Tab
wait_for "starter> swap"
tmux send-keys -t "$session" C-c
sleep 1 # Ctrl-C is a signal: let the reader drop the line before typing on
type_line "step"
wait_for "step 1/6>"
type_line "continue"
wait_for "6 layers"
sleep 1 # a key typed while a command runs is read by the next prompt; let it appear first
tmux send-keys -t "$session" C-d
wait_for "bye"
grep -qF 'swap 3 5' "$home/.layerlab/history" || { echo "FAIL: history not kept in ~/.layerlab/history"; exit 1; }
echo "PASS: repl end-to-end in tmux"
