#!/usr/bin/env bash
# Download gemma-3-27b-it onto the data disk of worker 0, from Hugging Face or Kaggle.
#
#   HF_TOKEN=hf_... tpu_setup/download_model.sh --name gemma3-tpu --source hf
#   KAGGLE_USERNAME=you KAGGLE_KEY=... tpu_setup/download_model.sh --name gemma3-tpu --source kaggle
#
# Hugging Face: accept the Gemma license at https://huggingface.co/google/gemma-3-27b-it with the
# account that owns HF_TOKEN (a read token from https://huggingface.co/settings/tokens), else the
# download fails with 401/403. Kaggle: accept it at https://www.kaggle.com/models/google/gemma-3
# and use an API key from your Kaggle settings.
# Flags (or env): --name, --type, --zone, --project, --source hf|kaggle (SOURCE), --model MODEL
# (default google/gemma-3-27b-it), --kaggle-handle KAGGLE_HANDLE, --data-dir DATA_DIR,
# --worker (default 0; use all when every worker has its own disk), --dry-run.
# The checkpoint lands in $DATA_DIR/<model name>; point GEMMA3_CHECKPOINT at it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

SOURCE="${SOURCE:-hf}"
MODEL="${MODEL:-google/gemma-3-27b-it}"
KAGGLE_HANDLE="${KAGGLE_HANDLE:-google/gemma-3/transformers/gemma-3-27b-it/1}"
WORKER="${WORKER_DOWNLOAD:-0}"
parse_common "$@"
set -- "${REST[@]+"${REST[@]}"}"
while (($#)); do
    case "$1" in
        --source) SOURCE="$2"; shift ;;
        --model) MODEL="$2"; shift ;;
        --kaggle-handle) KAGGLE_HANDLE="$2"; shift ;;
        *) die "unknown flag '$1' (see --help)" ;;
    esac
    shift
done

target="$DATA_DIR/${MODEL##*/}"
echo "# download $MODEL from $SOURCE to $target on worker $WORKER of $TPU_NAME"
case "$SOURCE" in
    hf)
        if [[ -z "${HF_TOKEN:-}" && "$DRY_RUN" != 1 ]]; then
            die "set HF_TOKEN (a read token of an account that accepted the Gemma license on huggingface.co)"
        fi
        remote "$WORKER" "$(prelude) && uv pip install -q 'huggingface_hub[hf_transfer]' \
&& HF_TOKEN=${HF_TOKEN:-\$HF_TOKEN} HF_HUB_ENABLE_HF_TRANSFER=1 hf download $MODEL --local-dir $target \
--include '*.safetensors' '*.json' 'tokenizer.model' && du -sh $target"
        ;;
    kaggle)
        if [[ (-z "${KAGGLE_USERNAME:-}" || -z "${KAGGLE_KEY:-}") && "$DRY_RUN" != 1 ]]; then
            die "set KAGGLE_USERNAME and KAGGLE_KEY (an API key of an account that accepted the Gemma license on kaggle.com)"
        fi
        remote "$WORKER" "$(prelude) && uv pip install -q kaggle && mkdir -p $target \
&& KAGGLE_USERNAME=${KAGGLE_USERNAME:-\$KAGGLE_USERNAME} KAGGLE_KEY=${KAGGLE_KEY:-\$KAGGLE_KEY} \
kaggle models instances versions download $KAGGLE_HANDLE -p $target --untar && du -sh $target"
        ;;
    *) die "unknown source '$SOURCE'; use hf or kaggle" ;;
esac
echo "# then: export GEMMA3_CHECKPOINT=$target (tpu_setup/run_notebook.sh and jupyter.sh pass it on)"
