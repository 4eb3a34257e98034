#!/usr/bin/env bash
# Run a paired notebook's .py (jupytext percent format) as a script on every worker of the slice.
#
#   tpu_setup/run_notebook.sh --name gemma3-tpu --notebook notebooks/03_generate.py
#   tpu_setup/run_notebook.sh --name gemma3-big --type v5e-16 --notebook notebooks/05_sft.py --env STEPS=50
#
# Flags (or env): --name, --type, --zone, --project, --notebook NOTEBOOK (a path in this repo),
# --worker (default all: a multi-host slice needs every worker to run the same program),
# --checkpoint GEMMA3_CHECKPOINT, --env KEY=VALUE (repeatable), --dry-run.
# Each worker logs to ~/logs/<notebook>.<hostname>.log and prints it; TPU-only cells are guarded by
# `jax.default_backend() == "tpu"`, and on a multi-host slice the notebook calls
# jax.distributed.initialize() before touching devices.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

NOTEBOOK="${NOTEBOOK:-}"
GEMMA3_CHECKPOINT="${GEMMA3_CHECKPOINT:-$DATA_DIR/gemma-3-27b-it}"
EXTRA_ENV=()
parse_common "$@"
set -- "${REST[@]+"${REST[@]}"}"
while (($#)); do
    case "$1" in
        --notebook) NOTEBOOK="$2"; shift ;;
        --checkpoint) GEMMA3_CHECKPOINT="$2"; shift ;;
        --env) [[ "$2" == *=* ]] || die "--env takes KEY=VALUE, got '$2'"; EXTRA_ENV+=("$2"); shift ;;
        *) die "unknown flag '$1' (see --help)" ;;
    esac
    shift
done
[[ -n "$NOTEBOOK" ]] || die "--notebook is required, e.g. --notebook notebooks/03_generate.py"
[[ "$NOTEBOOK" == *.py ]] || die "--notebook takes the paired .py file (jupytext percent), got '$NOTEBOOK'"
script="$(basename "$NOTEBOOK")"
log="\$HOME/logs/${script%.py}.\$(hostname).log"
echo "# run $NOTEBOOK on workers '$WORKER' of $TPU_NAME with GEMMA3_CHECKPOINT=$GEMMA3_CHECKPOINT ${EXTRA_ENV[*]+"${EXTRA_ENV[*]}"}"
remote "$WORKER" "$(prelude) && mkdir -p ~/logs && cd $(dirname "$NOTEBOOK") && \
env GEMMA3_CHECKPOINT=$GEMMA3_CHECKPOINT ${EXTRA_ENV[*]+"${EXTRA_ENV[*]}"} MPLBACKEND=Agg python $script 2>&1 | tee $log"
