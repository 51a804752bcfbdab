#!/usr/bin/env bash
# Regenerates the embedded sample (assets/sample.relations.json) from the seed
# article with the current extractor. tests/sample_asset.rs fails until this
# has been run after a change to the extractor.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --quiet -- extract seeds/japan-nato-liaison-office.txt -o assets/sample.relations.json
