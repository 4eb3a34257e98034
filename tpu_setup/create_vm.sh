#!/usr/bin/env bash
# Create a Cloud TPU VM (directly, or through queued resources) with a data disk for the checkpoint.
#
#   tpu_setup/create_vm.sh --type v5e-8 --name gemma3-v5e [--zone us-west4-a] [--spot] [--queued]
#   tpu_setup/create_vm.sh --type v6e-8 --spot --dry-run
#   tpu_setup/create_vm.sh --type v5p-8 --queued
#
# Flags (or env): --name TPU_NAME, --type TPU_TYPE (v5e-8 | v6e-8 | v5p-8 | larger slices),
# --zone ZONE, --project PROJECT, --runtime RUNTIME, --spot (SPOT=1), --queued (QUEUED=1),
# --data-disk DATA_DISK, --disk-size DATA_DISK_SIZE, --no-disk, --dry-run (DRY_RUN=1).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

CREATE_DISK=1
parse_common "$@"
set -- "${REST[@]+"${REST[@]}"}"
while (($#)); do
    case "$1" in
        --spot) SPOT=1 ;;
        --queued) QUEUED=1 ;;
        --disk-size) DATA_DISK_SIZE="$2"; shift ;;
        --no-disk) CREATE_DISK=0 ;;
        *) die "unknown flag '$1' (see --help)" ;;
    esac
    shift
done

project="$(project_flag)"
echo "# TPU VM $TPU_NAME: $ACCELERATOR ($TPU_TYPE), runtime $RUNTIME, zone $ZONE, spot=$SPOT, queued=$QUEUED"

disk_flags=()
if [[ "$CREATE_DISK" == 1 ]]; then
    run gcloud compute disks create "$DATA_DISK" --zone="$ZONE" ${project:+"$project"} \
        --size="$DATA_DISK_SIZE" --type="$DISK_TYPE"
    disk_source="projects/${PROJECT:-PROJECT_ID}/zones/$ZONE/disks/$DATA_DISK"
    disk_flags=(--data-disk="source=$disk_source,mode=read-write")
fi

spot_flags=()
if [[ "$SPOT" == 1 ]]; then spot_flags=(--spot); fi

if [[ "$QUEUED" == 1 ]]; then
    # Queued resources wait for capacity instead of failing; the node appears when the request is ACTIVE.
    run gcloud compute tpus queued-resources create "$TPU_NAME-qr" --node-id="$TPU_NAME" --zone="$ZONE" \
        ${project:+"$project"} --accelerator-type="$ACCELERATOR" --runtime-version="$RUNTIME" \
        "${spot_flags[@]+"${spot_flags[@]}"}"
    echo "# waiting for the queued resource to become ACTIVE (Ctrl-C is safe; the request stays queued)"
    if [[ "$DRY_RUN" != 1 ]]; then
        until gcloud compute tpus queued-resources describe "$TPU_NAME-qr" --zone="$ZONE" ${project:+"$project"} \
            --format='value(state.state)' | grep -qx ACTIVE; do
            sleep 30
        done
    else
        echo "+ gcloud compute tpus queued-resources describe $TPU_NAME-qr --zone=$ZONE --format='value(state.state)'  # until ACTIVE"
    fi
    if [[ "$CREATE_DISK" == 1 ]]; then
        run gcloud alpha compute tpus tpu-vm attach-disk "$TPU_NAME" --zone="$ZONE" ${project:+"$project"} \
            --disk="$DATA_DISK" --mode=read-write
    fi
else
    run gcloud compute tpus tpu-vm create "$TPU_NAME" --zone="$ZONE" ${project:+"$project"} \
        --accelerator-type="$ACCELERATOR" --version="$RUNTIME" \
        "${spot_flags[@]+"${spot_flags[@]}"}" "${disk_flags[@]+"${disk_flags[@]}"}"
fi
echo "# next: tpu_setup/install.sh --name $TPU_NAME --type $TPU_TYPE"
