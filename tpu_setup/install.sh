#!/usr/bin/env bash
# Install the project on every worker of a TPU VM: Python 3.11 venv (uv), the `tpu` extra, the data disk.
#
#   tpu_setup/install.sh --name gemma3-tpu --type v5e-8 [--repo https://github.com/you/gemma3.git]
#
# Flags (or env): --name, --type, --zone, --project, --worker (default all), --repo REPO_URL
# (default: copy this checkout, without .venv and .git), --extras "tpu,notebooks",
# --python PYTHON_VERSION, --data-dir DATA_DIR, --no-mount, --dry-run.
# Ends by printing jax, jaxlib and libtpu versions and the device count of every worker: they
# must agree (mixed versions across workers hang or crash at jax.distributed.initialize()).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

EXTRAS="${EXTRAS:-tpu,notebooks}"
MOUNT=1
parse_common "$@"
set -- "${REST[@]+"${REST[@]}"}"
while (($#)); do
    case "$1" in
        --repo) REPO_URL="$2"; shift ;;
        --extras) EXTRAS="$2"; shift ;;
        --python) PYTHON_VERSION="$2"; shift ;;
        --no-mount) MOUNT=0 ;;
        *) die "unknown flag '$1' (see --help)" ;;
    esac
    shift
done

project="$(project_flag)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
echo "# install on $TPU_NAME ($TPU_TYPE, zone $ZONE), workers: $WORKER, extras [$EXTRAS], Python $PYTHON_VERSION"

# 1. the source
if [[ -n "$REPO_URL" ]]; then
    remote "$WORKER" "git clone $REPO_URL ~/$REMOTE_DIR 2>/dev/null || git -C ~/$REMOTE_DIR pull --ff-only"
else
    archive="${TMPDIR:-/tmp}/gemma3-src.tgz"
    run tar --exclude=.venv --exclude=.git --exclude='*.ipynb_checkpoints' -czf "$archive" -C "$root" .
    run gcloud compute tpus tpu-vm scp "$archive" "$TPU_NAME:gemma3-src.tgz" --zone="$ZONE" \
        ${project:+"$project"} --worker="$WORKER"
    remote "$WORKER" "mkdir -p ~/$REMOTE_DIR && tar -xzf ~/gemma3-src.tgz -C ~/$REMOTE_DIR"
fi

# 2. Python and the package (the TPU images ship an older Python; uv brings 3.11 without root)
remote "$WORKER" "curl -LsSf https://astral.sh/uv/install.sh | sh && source ~/.local/bin/env \
&& cd ~/$REMOTE_DIR && uv venv --python $PYTHON_VERSION .venv && source .venv/bin/activate \
&& uv pip install -e '.[$EXTRAS]' tensorboard tensorboard-plugin-profile"

# 3. the data disk (formatted on first use; persistent-disk-1 is the first attached data disk)
if [[ "$MOUNT" == 1 ]]; then
    disk=/dev/disk/by-id/google-persistent-disk-1
    remote 0 "sudo mkdir -p $DATA_DIR && (sudo blkid $disk || sudo mkfs.ext4 -m 0 -E lazy_itable_init=0,discard $disk) \
&& (mountpoint -q $DATA_DIR || sudo mount -o discard,defaults $disk $DATA_DIR) && sudo chown \$USER $DATA_DIR && df -h $DATA_DIR"
fi

# 4. check: the same versions everywhere, every chip visible
remote "$WORKER" "$(prelude) && python -c 'import socket, jax, jaxlib, importlib.metadata as m; \
print(socket.gethostname(), \"jax\", jax.__version__, \"jaxlib\", jaxlib.__version__, \"libtpu\", m.version(\"libtpu\"), \
\"local devices\", jax.local_device_count(), jax.devices()[0].device_kind)'"
echo "# next: tpu_setup/download_model.sh --name $TPU_NAME --type $TPU_TYPE --source hf"
