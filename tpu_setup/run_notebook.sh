#!/usr/bin/env bash
# Run a paired notebook's .py (jupytext percent format) as a script on every worker of the slice.
#
#   tpu_setup/run_notebook.sh --name gemma3-tpu --notebook notebooks/02_kv_cache_inference.py
#   tpu_setup/run_notebook.sh --name gemma3-big --type v5e-16 --notebook notebooks/04_supervised_finetuning.py \
#       --checkpoint '~/models/gemma-3-27b-it' --env STEPS=50
#
# Flags (or env): --name, --type, --zone, --project, --notebook NOTEBOOK (a .py path in this repo),
# --worker (default all: a multi-host slice needs every worker to run the same program),
# --checkpoint GEMMA3_CHECKPOINT, --mesh GEMMA3_MESH (auto: every chip of the slice; none: one
# device; or axes such as data=2,tensor=4), --env KEY=VALUE (repeatable), --dry-run.
# Each worker logs to ~/logs/<notebook>.<hostname>.log; the notebook calls gemma3.init_distributed()
# (jax.distributed.initialize() on a multi-host slice, a no-op on one host) and prints on process 0.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

NOTEBOOK="${NOTEBOOK:-}"
GEMMA3_CHECKPOINT="${GEMMA3_CHECKPOINT:-$DATA_DIR/gemma-3-27b-it}"
GEMMA3_MESH="${GEMMA3_MESH:-auto}"
EXTRA_ENV=()
parse_common "$@"
set -- "${REST[@]+"${REST[@]}"}"
while (($#)); do
    case "$1" in
        --notebook) NOTEBOOK="$2"; shift ;;
        --checkpoint) GEMMA3_CHECKPOINT="$2"; shift ;;
        --mesh) GEMMA3_MESH="$2"; shift ;;
        --env) [[ "$2" == *=* ]] || die "--env takes KEY=VALUE, got '$2'"; EXTRA_ENV+=("$2"); shift ;;
        *) die "unknown flag '$1' (see --help)" ;;
    esac
    shift
done
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
notebooks="$(cd "$root" && echo notebooks/[0-9]*.py)"
[[ -n "$NOTEBOOK" ]] || die "--notebook is required, one of: $notebooks"
[[ "$NOTEBOOK" == *.py ]] || die "--notebook takes the paired .py file (jupytext percent), got '$NOTEBOOK'"
[[ -f "$root/$NOTEBOOK" ]] || die "--notebook '$NOTEBOOK' is not a file of this checkout; expected one of: $notebooks"
mesh_axes='[a-z]+=[0-9]+'
[[ "$GEMMA3_MESH" =~ ^(auto|none|$mesh_axes(,$mesh_axes)*)$ ]] ||
    die "--mesh takes auto, none or axis sizes such as data=2,tensor=4, got '$GEMMA3_MESH'"
script="$(basename "$NOTEBOOK")"
log="\$HOME/logs/${script%.py}.\$(hostname).log"
env_words="GEMMA3_CHECKPOINT=$GEMMA3_CHECKPOINT GEMMA3_MESH=$GEMMA3_MESH${EXTRA_ENV[*]+" ${EXTRA_ENV[*]}"}"
echo "# run $NOTEBOOK on workers '$WORKER' of $TPU_NAME with $env_words"
# pipefail: the worker's exit status is the notebook's, not tee's, so gcloud reports a failed worker
remote "$WORKER" "set -o pipefail && $(prelude) && mkdir -p ~/logs && cd $(dirname "$NOTEBOOK") && \
env $env_words MPLBACKEND=Agg python $script 2>&1 | tee $log"
