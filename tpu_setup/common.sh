#!/usr/bin/env bash
# Shared settings and helpers for the tpu_setup scripts; sourced, never run directly.
#
# Every setting is an environment variable with a default, and every script also takes it as a
# flag (--name, --zone, --type, ...). --dry-run (or DRY_RUN=1) prints the commands instead of
# running them. Secrets (HF_TOKEN, KAGGLE_KEY) are masked in what is printed.

# shellcheck disable=SC2034  # ACCELERATOR, DISK_TYPE, ... are read by the scripts that source this file
set -euo pipefail

TPU_NAME="${TPU_NAME:-gemma3-tpu}"        # the TPU VM (node) name
TPU_TYPE="${TPU_TYPE:-v5e-8}"             # v5e-8, v6e-8, v5p-8, or larger (v5e-16, v6e-32, v5p-16, ...)
ZONE="${ZONE:-}"                          # default picked from TPU_TYPE below
PROJECT="${PROJECT:-${CLOUDSDK_CORE_PROJECT:-}}"
RUNTIME="${RUNTIME:-}"                    # TPU software version; default picked from TPU_TYPE
SPOT="${SPOT:-0}"                         # 1: spot (preemptible) capacity
QUEUED="${QUEUED:-0}"                     # 1: create through queued resources (waits for capacity)
DATA_DISK="${DATA_DISK:-${TPU_NAME}-data}" # persistent disk for the checkpoint
DATA_DISK_SIZE="${DATA_DISK_SIZE:-200GB}" # gemma-3-27b-it is ~55 GB in bf16 safetensors
DATA_DIR="${DATA_DIR:-/mnt/data}"         # where the data disk is mounted on the workers
REPO_URL="${REPO_URL:-}"                  # git URL of this project; empty: copy the local checkout
REMOTE_DIR="${REMOTE_DIR:-gemma3}"        # the project on the workers, relative to $HOME
PYTHON_VERSION="${PYTHON_VERSION:-3.11}"
WORKER="${WORKER:-all}"                   # which workers a remote command runs on: all, 0, 1, ...
DRY_RUN="${DRY_RUN:-0}"

die() {
    echo "error: $*" >&2
    exit 2
}

# The gcloud accelerator type, runtime version and a zone that offers the chip.
resolve_type() {
    local generation="${TPU_TYPE%%-*}" chips="${TPU_TYPE#*-}"
    case "$generation" in
        v5e | v5litepod)
            ACCELERATOR="v5litepod-${chips}"
            RUNTIME="${RUNTIME:-v2-alpha-tpuv5-lite}"
            ZONE="${ZONE:-us-west4-a}"
            DISK_TYPE="${DISK_TYPE:-pd-balanced}"
            ;;
        v6e)
            ACCELERATOR="v6e-${chips}"
            RUNTIME="${RUNTIME:-v2-alpha-tpuv6e}"
            ZONE="${ZONE:-us-east5-b}"
            DISK_TYPE="${DISK_TYPE:-hyperdisk-balanced}" # v6e VMs attach Hyperdisk only
            ;;
        v5p)
            ACCELERATOR="v5p-${chips}"
            RUNTIME="${RUNTIME:-v2-alpha-tpuv5}"
            ZONE="${ZONE:-us-east5-a}"
            DISK_TYPE="${DISK_TYPE:-hyperdisk-balanced}"
            ;;
        *) die "unknown TPU type '$TPU_TYPE'; use v5e-N, v6e-N or v5p-N (e.g. v5e-8, v6e-8, v5p-8)" ;;
    esac
    [[ "$chips" =~ ^[0-9]+$ ]] || die "TPU type '$TPU_TYPE' must end in a chip count, e.g. v5e-8"
}

# Parse the flags every script shares; the script's own flags come back in REST.
parse_common() {
    REST=()
    while (($#)); do
        case "$1" in
            --name) TPU_NAME="$2"; shift ;;
            --type) TPU_TYPE="$2"; shift ;;
            --zone) ZONE="$2"; shift ;;
            --project) PROJECT="$2"; shift ;;
            --runtime) RUNTIME="$2"; shift ;;
            --worker) WORKER="$2"; shift ;;
            --data-dir) DATA_DIR="$2"; shift ;;
            --data-disk) DATA_DISK="$2"; shift ;;
            --dry-run) DRY_RUN=1 ;;
            -h | --help) usage; exit 0 ;;
            *) REST+=("$1") ;;
        esac
        shift
    done
    resolve_type
}

mask() {
    local text="$1" secret
    for secret in "${HF_TOKEN:-}" "${KAGGLE_KEY:-}"; do
        if [[ -n "$secret" ]]; then text="${text//"$secret"/***}"; fi
    done
    printf '%s\n' "$text"
}

# One argument as a shell word: bare when safe, else single-quoted.
quote() {
    if [[ "$1" =~ ^[A-Za-z0-9_./:=@%+,~-]+$ ]]; then
        printf '%s' "$1"
    else
        printf "'%s'" "${1//\'/\'\\\'\'}"
    fi
}

# Print a command (masked, copy-pasteable), then run it unless this is a dry run.
run() {
    local line="+" arg
    for arg in "$@"; do line+=" $(quote "$arg")"; done
    mask "$line"
    if [[ "$DRY_RUN" != 1 ]]; then "$@"; fi
}

project_flag() {
    if [[ -n "$PROJECT" ]]; then printf -- '--project=%s' "$PROJECT"; fi
}

# Run a shell command on the TPU workers ($WORKER: all, or one index) over SSH.
remote() {
    local worker="$1" command="$2" project
    project="$(project_flag)"
    run gcloud compute tpus tpu-vm ssh "$TPU_NAME" --zone="$ZONE" ${project:+"$project"} \
        --worker="$worker" --command="$command"
}

# The SSH tunnel command that forwards a port of worker 0 to this machine.
tunnel_command() {
    local port="$1" project
    project="$(project_flag)"
    echo "gcloud compute tpus tpu-vm ssh $TPU_NAME --zone=$ZONE ${project:+$project }--worker=0 -- -N -L $port:localhost:$port"
}

# The remote prelude: enter the project, activate its venv (~ expands on the worker).
prelude() {
    echo "cd ~/${REMOTE_DIR} && source .venv/bin/activate"
}
