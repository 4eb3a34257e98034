#!/usr/bin/env bash
# Start (or stop) JupyterLab on worker 0 and print the SSH tunnel that reaches it from your machine.
#
#   tpu_setup/jupyter.sh --name gemma3-tpu [--port 8888] [--checkpoint /mnt/data/gemma-3-27b-it]
#   tpu_setup/jupyter.sh --name gemma3-tpu stop
#
# Flags (or env): --name, --type, --zone, --project, --port JUPYTER_PORT, --token JUPYTER_TOKEN
# (default: random), --checkpoint GEMMA3_CHECKPOINT (the notebooks' model), --mesh GEMMA3_MESH
# (the notebooks' MESH when theirs is None; default auto: every chip of the host), --dry-run.
# A notebook driven from Jupyter runs on worker 0 only: on a multi-host slice (v5e-16, v5p-16 and
# up) run it on every worker with run_notebook.sh instead.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

JUPYTER_PORT="${JUPYTER_PORT:-8888}"
JUPYTER_TOKEN="${JUPYTER_TOKEN:-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}"
GEMMA3_CHECKPOINT="${GEMMA3_CHECKPOINT:-$DATA_DIR/gemma-3-27b-it}"
GEMMA3_MESH="${GEMMA3_MESH:-auto}"
ACTION=start
parse_common "$@"
set -- "${REST[@]+"${REST[@]}"}"
while (($#)); do
    case "$1" in
        --port) JUPYTER_PORT="$2"; shift ;;
        --token) JUPYTER_TOKEN="$2"; shift ;;
        --checkpoint) GEMMA3_CHECKPOINT="$2"; shift ;;
        --mesh) GEMMA3_MESH="$2"; shift ;;
        start | stop) ACTION="$1" ;;
        *) die "unknown flag '$1' (see --help)" ;;
    esac
    shift
done

if [[ "$ACTION" == stop ]]; then
    remote 0 "test -f ~/jupyter.pid && kill \$(cat ~/jupyter.pid) && rm ~/jupyter.pid"
    exit 0
fi
echo "# JupyterLab on worker 0 of $TPU_NAME, port $JUPYTER_PORT, GEMMA3_CHECKPOINT=$GEMMA3_CHECKPOINT GEMMA3_MESH=$GEMMA3_MESH"
remote 0 "$(prelude) && cd notebooks && GEMMA3_CHECKPOINT=$GEMMA3_CHECKPOINT GEMMA3_MESH=$GEMMA3_MESH nohup jupyter lab --no-browser \
--ip=127.0.0.1 --port=$JUPYTER_PORT --IdentityProvider.token=$JUPYTER_TOKEN > ~/jupyter.log 2>&1 & echo \$! > ~/jupyter.pid"
echo "# open the tunnel (keep it running), then browse to http://localhost:$JUPYTER_PORT/lab?token=$JUPYTER_TOKEN"
tunnel_command "$JUPYTER_PORT"
