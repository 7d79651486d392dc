#!/usr/bin/env bash
# Builds the native app-image and installer for the OS it runs on, from what Maven left in target/
# (the app jar and its dependencies). Called by `mvn -Ppackage package`; see README.md.
#   build.sh VERSION APP_JAR [app-image|installer|all]
#   Linux: app-image + .deb   Windows: app-image + .msi (needs WiX)   macOS: app-image + .dmg
set -euo pipefail
version="$1"
app_jar="$2"
what="${3:-all}"
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux) os=linux installer=deb ;;
  Darwin) os=macos installer=dmg ;;
  MINGW* | MSYS* | CYGWIN*) os=windows installer=msi ;;
  *) echo "packaging: no jpackage set-up for $(uname -s)"; exit 1 ;;
esac

work=target/jpackage
rm -rf "$work/input" "$work/javafx" "$work/out"
mkdir -p "$work/input" "$work/javafx" "$work/out"
cp "target/$app_jar" "$work/input/"
for jar in "$work"/libs/*.jar; do
  name=$(basename "$jar")
  if [[ $name =~ ^javafx-.*-[0-9.]+\.jar$ ]]; then
    continue                      # an empty placeholder Maven resolves beside each platform jar
  elif [[ $name == javafx-* ]]; then
    cp "$jar" "$work/javafx/"     # a real JavaFX module: linked into the trimmed runtime
  else
    cp "$jar" "$work/input/"
  fi
done

jpackage --type app-image @"packaging/$os/app.options" \
  --app-version "$version" --input "$work/input" --main-jar "$app_jar" \
  --module-path "$work/javafx" --dest "$work/out"
image=$(ls -d "$work"/out/*)

# The class-data archive, from the list a headless start-up run wrote (pom.xml: cds-class-list).
case "$os" in
  linux) app_dir="$image/lib/app" java="$image/lib/runtime/bin/java" ;;
  macos) app_dir="$image/Contents/app" java="$image/Contents/runtime/Contents/Home/bin/java" ;;
  windows) app_dir="$image/app" java="$image/runtime/bin/java.exe" ;;
esac
if [ -f "$work/cds-classes.lst" ] && [ -x "$java" ]; then
  bash packaging/cds.sh "$app_dir" "$java" "$work/cds-classes.lst"
else
  echo "class-data archive: skipped (no class list at $work/cds-classes.lst); the app starts without it"
fi
echo "app-image: $image ($(du -sh "$image" | cut -f1))"

if [ "$what" = all ] || [ "$what" = installer ] || [ "$what" = "$installer" ]; then
  jpackage --type "$installer" @"packaging/$os/$installer.options" \
    --app-version "$version" --app-image "$image" --dest "$work/out"
  echo "$installer: $(ls "$work"/out/*."$installer")"
fi
