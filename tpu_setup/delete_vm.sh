#!/usr/bin/env bash
# Delete the TPU VM (or its queued resource), and optionally its data disk.
#
#   tpu_setup/delete_vm.sh --name gemma3-tpu [--queued] [--delete-disk]
#
# Flags (or env): --name, --type, --zone, --project, --queued (QUEUED=1: delete the queued
# resource and its node), --delete-disk (also delete DATA_DISK and the checkpoint on it), --dry-run.
# A TPU VM bills until deleted, stopped or not; spot VMs that were preempted still need deleting.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

DELETE_DISK=0
parse_common "$@"
set -- "${REST[@]+"${REST[@]}"}"
while (($#)); do
    case "$1" in
        --queued) QUEUED=1 ;;
        --delete-disk) DELETE_DISK=1 ;;
        *) die "unknown flag '$1' (see --help)" ;;
    esac
    shift
done

project="$(project_flag)"
echo "# delete $TPU_NAME in $ZONE (queued=$QUEUED, delete disk=$DELETE_DISK)"
if [[ "$QUEUED" == 1 ]]; then
    run gcloud compute tpus queued-resources delete "$TPU_NAME-qr" --zone="$ZONE" ${project:+"$project"} --force --quiet
else
    run gcloud compute tpus tpu-vm delete "$TPU_NAME" --zone="$ZONE" ${project:+"$project"} --quiet
fi
if [[ "$DELETE_DISK" == 1 ]]; then
    run gcloud compute disks delete "$DATA_DISK" --zone="$ZONE" ${project:+"$project"} --quiet
fi
