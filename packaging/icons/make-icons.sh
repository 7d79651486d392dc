#!/usr/bin/env bash
# Renders every platform icon, and the window icons, from task-inbox.svg. Run after changing the
# SVG, then commit the results. Needs ImageMagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
png=$(mktemp -d)
trap 'rm -rf "$png"' EXIT
for size in 16 32 48 128 256 512; do
  convert -background none -density 384 task-inbox.svg -resize "${size}x${size}" "$png/task-inbox-${size}.png"
done
cp "$png/task-inbox-256.png" ../linux/task-inbox.png
convert "$png"/task-inbox-{16,32,48,256}.png ../windows/task-inbox.ico
png2icns ../macos/task-inbox.icns "$png"/task-inbox-{16,32,128,256,512}.png
mkdir -p ../../resources/icons
for size in 16 32 48 256; do
  cp "$png/task-inbox-${size}.png" ../../resources/icons/
done
