#!/bin/sh
# Pack "dist/Desktop CRM.app" (made by python packaging/build.py on a Mac) into a compressed disk image
# with an Applications shortcut to drag it onto:  sh packaging/macos/make_dmg.sh
# -> dist/desktop-crm-<version>-macos-<arch>.dmg
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP="$ROOT/dist/Desktop CRM.app"
[ -d "$APP" ] || { echo "make_dmg.sh: $APP not found: run python packaging/build.py first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="$ROOT/dist/desktop-crm-$VERSION-macos-$(uname -m).dmg"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Desktop CRM $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -imagekey zlib-level=9 \
    -ov "$DMG"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"
fi
hdiutil verify "$DMG"
echo "made $DMG"
