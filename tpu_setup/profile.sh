#!/usr/bin/env bash
# Capture a jax.profiler trace of a script on the TPU VM, view it through a tunnel, or fetch it.
#
#   tpu_setup/profile.sh --name gemma3-tpu capture --script notebooks/02_kv_cache_inference.py
#   tpu_setup/profile.sh --name gemma3-tpu view        # TensorBoard (profile plugin) on worker 0
#   tpu_setup/profile.sh --name gemma3-tpu fetch       # copy the traces to ./profiles
#
# Flags (or env): --name, --type, --zone, --project, --script SCRIPT, --logdir PROFILE_DIR
# (default /tmp/gemma3-profile on the workers), --port TENSORBOARD_PORT (6006), --worker
# (capture: default all), --checkpoint GEMMA3_CHECKPOINT, --mesh GEMMA3_MESH (default auto),
# --dry-run. capture wraps the whole script in gemma3.profile(logdir);
# for a narrower trace use `with gemma3.profile(logdir):` inside the notebook.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

SCRIPT="${SCRIPT:-}"
PROFILE_DIR="${PROFILE_DIR:-/tmp/gemma3-profile}"
TENSORBOARD_PORT="${TENSORBOARD_PORT:-6006}"
GEMMA3_CHECKPOINT="${GEMMA3_CHECKPOINT:-$DATA_DIR/gemma-3-27b-it}"
GEMMA3_MESH="${GEMMA3_MESH:-auto}"
ACTION=""
parse_common "$@"
set -- "${REST[@]+"${REST[@]}"}"
while (($#)); do
    case "$1" in
        --script) SCRIPT="$2"; shift ;;
        --logdir) PROFILE_DIR="$2"; shift ;;
        --port) TENSORBOARD_PORT="$2"; shift ;;
        --checkpoint) GEMMA3_CHECKPOINT="$2"; shift ;;
        --mesh) GEMMA3_MESH="$2"; shift ;;
        capture | view | fetch) ACTION="$1" ;;
        *) die "unknown flag '$1' (see --help)" ;;
    esac
    shift
done

project="$(project_flag)"
case "$ACTION" in
    capture)
        [[ -n "$SCRIPT" ]] || die "capture needs --script, e.g. --script notebooks/02_kv_cache_inference.py"
        remote "$WORKER" "$(prelude) && cd $(dirname "$SCRIPT") && GEMMA3_CHECKPOINT=$GEMMA3_CHECKPOINT GEMMA3_MESH=$GEMMA3_MESH MPLBACKEND=Agg \
python -c 'import runpy, gemma3; ctx = gemma3.profile(\"$PROFILE_DIR\"); ctx.__enter__(); \
runpy.run_path(\"$(basename "$SCRIPT")\", run_name=\"__main__\"); ctx.__exit__(None, None, None)'"
        ;;
    view)
        remote 0 "$(prelude) && nohup tensorboard --logdir $PROFILE_DIR --port $TENSORBOARD_PORT --host=localhost \
> ~/tensorboard.log 2>&1 & echo \$! > ~/tensorboard.pid"
        echo "# open the tunnel, then browse to http://localhost:$TENSORBOARD_PORT/#profile"
        tunnel_command "$TENSORBOARD_PORT"
        ;;
    fetch)
        run mkdir -p profiles
        run gcloud compute tpus tpu-vm scp --recurse "$TPU_NAME:$PROFILE_DIR" "profiles/$TPU_NAME" --zone="$ZONE" \
            ${project:+"$project"} --worker=0
        echo "# view locally: pip install tensorboard tensorboard-plugin-profile && tensorboard --logdir profiles/$TPU_NAME"
        ;;
    *) die "say what to do: capture, view or fetch (see --help)" ;;
esac
