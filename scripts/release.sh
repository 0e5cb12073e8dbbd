#!/usr/bin/env bash
# Prepares a release: scripts/release.sh vX.Y.Z
#
# Checks that the tree is clean and that dist/ is what the sources build, sets the version in
# package.json, commits "Release vX.Y.Z", tags it, and moves the major tag (vX) to it. It pushes
# nothing: it prints the git push commands to run once you have looked at the result.
set -euo pipefail
cd "$(dirname "$0")/.."

die() {
  echo "release: $*" >&2
  exit 1
}

[ $# -eq 1 ] || die "usage: scripts/release.sh vX.Y.Z"
version=$1
if [[ ! $version =~ ^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]]; then
  die "\"$version\" is not a version: write it as vX.Y.Z, for example v1.2.3"
fi
major="v${BASH_REMATCH[1]}"

if [ -n "$(git status --porcelain)" ]; then
  git status --short >&2
  die "the working tree has uncommitted changes: commit or stash them first"
fi
branch=$(git symbolic-ref --quiet --short HEAD) || die "HEAD is detached: check out a branch"
if git rev-parse --quiet --verify "refs/tags/$version" >/dev/null; then
  die "tag $version already exists"
fi

echo "release: rebuilding dist/ to check it is up to date"
npm run package
if [ -n "$(git status --porcelain -- dist/)" ]; then
  git status --short -- dist/ >&2
  die "dist/ is not what the sources build: run 'npm run bundle', commit dist/, then try again"
fi

npm version "${version#v}" --no-git-tag-version >/dev/null
git add package.json package-lock.json
git commit --quiet -m "Release $version"
git tag -a "$version" -m "Release $version"
git tag -fa "$major" -m "Release $version"

echo "release: committed and tagged $version on $branch; $major now points at it."
echo "release: to publish, run:"
echo "  git push origin $branch"
echo "  git push origin $version"
echo "  git push --force origin $major"
