#!/usr/bin/env bash
# The step of action.yml: turns the action's inputs into flags and runs the check with
# --format github (annotations, masks, the job summary and the step outputs ok / errors / warnings).
set -uo pipefail
args=(check --format github)
[ "${INPUT_STRICT:-false}" = true ] && args+=(--strict)
[ "${INPUT_OFFLINE:-false}" = true ] && args+=(--offline)
for code in ${INPUT_IGNORE//,/ }; do args+=(--ignore "$code"); done
# Extra arguments are split like a shell would, without running anything in them.
read -r -a extra <<<"${INPUT_ARGS:-}"
cli="${GITHUB_ACTION_PATH:-$(dirname "$0")/..}/dist/cli.cjs"
node -- "$cli" "${args[@]}" "${extra[@]}"
