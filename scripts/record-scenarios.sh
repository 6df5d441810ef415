#!/usr/bin/env bash
# record-scenarios.sh [NAME...] - record the ground truth of every scenario (or the named ones)
# with the real builder (../shared/tools/oracle.sh, relative to the project root) and write
# src/test/resources/scenarios/<NAME>/expected.json.
#
# Layout of one scenario (see src/test/resources/scenarios/README.md):
#   <NAME>/context/            the build context; holds the Dockerfile (FROM busybox)
#   <NAME>/scenario.properties optional: mutation, target, builder, flags, flags2, twice
#   <NAME>/expected.json       written here (normalised oracle report)
#
# The Dockerfile says `FROM busybox`; a temp copy of the context gets
# `FROM localhost/busybox:sim` (and `COPY --from=localhost/busybox:sim`) for the real builder.
# Needs root (the oracle starts a private dockerd) and python3.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ORACLE=$ROOT/../shared/tools/oracle.sh
SC=$ROOT/src/test/resources/scenarios
if [ ! -f "$ORACLE" ]; then
  echo "record-scenarios: the oracle is missing: expected ../shared/tools/oracle.sh next to the project root" >&2
  echo "record-scenarios: (it builds with a real dockerd; see the shared reference oracle.md)" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "record-scenarios: python3 is needed" >&2; exit 2; }

if [ $# -gt 0 ]; then NAMES=("$@"); else
  NAMES=(); for d in "$SC"/*/; do [ -f "$d/context/Dockerfile" ] && NAMES+=("$(basename "$d")"); done
fi

prop() {  # prop FILE KEY -> value after the first '=' of the line "KEY=..." (empty if absent)
  [ -f "$1" ] || return 0
  sed -n "s/^$2=//p" "$1" | tail -n 1
}

fails=0
for n in "${NAMES[@]}"; do
  n=${n%/}; dir=$SC/$n; P=$dir/scenario.properties
  [ -f "$dir/context/Dockerfile" ] || { echo "record-scenarios: $n: no context/Dockerfile" >&2; fails=$((fails+1)); continue; }
  builder=$(prop "$P" builder); builder=${builder:-buildkit}
  mutation=$(prop "$P" mutation); target=$(prop "$P" target)
  flags=$(prop "$P" flags); flags2=$(prop "$P" flags2); twice=$(prop "$P" twice)
  tmp=$(mktemp -d); cp -a "$dir/context" "$tmp/ctx"
  sed -i -E -e 's#^([[:space:]]*[Ff][Rr][Oo][Mm][[:space:]]+)busybox([[:space:]]|$)#\1localhost/busybox:sim\2#' \
            -e 's#--from=busybox([[:space:]])#--from=localhost/busybox:sim\1#g' "$tmp/ctx/Dockerfile"
  args=(-b "$builder")
  [ -z "$mutation" ] || args+=(-m "$mutation")
  [ "$twice" != true ] || args+=(-2)
  [ -z "$target" ] || args+=(-t "$target")
  [ -z "$flags" ] || args+=(-x "$flags")
  [ -z "$flags2" ] || args+=(-X "$flags2")
  if ! bash "$ORACLE" "${args[@]}" "$tmp/ctx" > "$tmp/report.json" 2> "$tmp/oracle.err"; then
    echo "record-scenarios: $n: oracle failed:" >&2; tail -n 20 "$tmp/oracle.err" >&2
    rm -rf "$tmp"; fails=$((fails+1)); continue
  fi
  python3 - "$tmp/report.json" "$n" "$builder" "$mutation" "$target" "$flags" "$flags2" "$twice" \
      > "$tmp/expected.json" <<'PY'
import json, os, re, sys, tarfile
rep_path, name, builder, mutation, target, flags, flags2, twice = sys.argv[1:9]
rep = json.load(open(rep_path))
W = rep.get('workdir', '')

def owners(build):
    """uid/gid per layer and path, read from the image the oracle saved (the report lacks them)."""
    d = os.path.join(W, f'img{build}')
    if not os.path.isfile(os.path.join(d, 'manifest.json')):
        return None
    man = json.load(open(os.path.join(d, 'manifest.json')))[0]
    res = []
    for p in man['Layers']:
        with tarfile.open(os.path.join(d, p)) as t:
            res.append({m.name: (m.uid, m.gid) for m in t.getmembers()})
    return res

def clean_line(line):
    line = re.sub(r'^#\d+ ', '', line)                    # vertex number
    line = re.sub(r'^\d+\.\d+ ', '', line)                # seconds since the vertex started
    line = re.sub(r'sha256:[0-9a-f]{64}', 'sha256:<digest>', line)
    line = re.sub(r'\b[0-9a-f]{12,64}\b', '<id>', line)   # classic builder container/image ids
    return line.rstrip()

def error_lines(build):
    """Stable error lines of a failed build, from its full log (not the 2000-char tail)."""
    log = os.path.join(W, f'build{build}.log')
    text = open(log, errors='replace').read() if os.path.isfile(log) else ''
    out = []
    for line in text.splitlines():
        if re.match(r'^#\d+ sha256:', line):
            continue
        if re.search(r'error|failed|non-zero|not found|no such', line, re.I):
            c = clean_line(line)
            if c not in out:
                out.append(c)
    return out

def canceled_vertices(build):
    """BuildKit vertices that printed `#N CANCELED` (the oracle reports them only as cached/not)."""
    log = os.path.join(W, f'build{build}.log')
    if builder == 'classic' or not os.path.isfile(log):
        return set()
    return {int(m.group(1)) for m in re.finditer(r'(?m)^#(\d+) CANCELED$', open(log, errors='replace').read())}

def stages():
    """[(stage label, image)] from the Dockerfile the oracle built (FROM lines, in order)."""
    res = []
    for k, m in enumerate(re.finditer(r'(?im)^\s*FROM\s+(\S+)(?:\s+AS\s+(\S+))?',
                                      open(os.path.join(W, 'ctx', 'Dockerfile')).read())):
        res.append(((m.group(2) or f'stage-{k}').lower(), m.group(1)))
    return res

def stable_from_labels(steps):
    """BuildKit runs one FROM vertex for an image shared by several stages and labels it with
    one of them, chosen at random. Label it with the first such stage that has steps in this
    build (its i/n taken from that stage's other steps), then sort by (stage index, i)."""
    st = stages()
    names = [n for n, _ in st]
    def parse(label):
        return re.match(r'\[(?:(\S+) )?\s*(\d+)/(\d+)\] (.*)', label)
    present = {}
    for s in steps:
        m = parse(s['step'])
        if m and m.group(1):
            present.setdefault(m.group(1), int(m.group(3)))
    out = []
    for s in steps:
        m = parse(s['step'])
        if m and m.group(1) and m.group(4).startswith('FROM '):
            image = m.group(4)[5:].split()[0]
            sharing = [n for n, img in st if img == image and img.lower() not in names]
            if len(sharing) > 1:
                first = next((n for n in sharing if n in present), m.group(1))
                s = dict(s, step=f'[{first} 1/{present.get(first, 1)}] FROM {image}')
        out.append(s)
    def key(s):
        m = parse(s['step'])
        if not m:
            return (0, 0)
        return (names.index(m.group(1)) if m.group(1) in names else 0, int(m.group(2)))
    return sorted(out, key=key)

opts = {'builder': builder}
for k, v in (('mutation', mutation), ('target', target), ('flags', flags), ('flags2', flags2)):
    if v:
        opts[k] = v
if twice == 'true':
    opts['twice'] = True
out = {'scenario': name, 'options': opts, 'builds': []}
for b in rep['builds']:
    nb = {'build': b['build'], 'exit': b['exit'], 'steps': []}
    canceled = canceled_vertices(b['build'])
    seen = {}   # BuildKit prints a vertex's header again when its output resumes: one step per vertex
    for s in b['steps']:
        v = s.get('vertex')
        if v is not None and v in seen:
            prev = seen[v]
            if s['cached']:
                prev['cached'] = True
            if 'error' in s and 'error' not in prev:
                prev['error'] = clean_line(s['error'])
            continue
        ns = {'step': s['step'], 'cached': s['cached']}
        if 'error' in s:
            ns['error'] = clean_line(s['error'])
        if v is not None and v in canceled:
            ns['canceled'] = True
        elif b['exit'] != 0 and b['build'] == 1 and s['cached'] and 'error' not in s:
            ns['canceled'] = True    # a cold build cannot hit: a sibling of the failing step
        if ns.get('canceled'):       # raced with the failure: CACHED and/or CANCELED, varies per run
            ns['cached'] = None
        nb['steps'].append(ns)
        if v is not None:
            seen[v] = ns
    if builder != 'classic':
        nb['steps'] = stable_from_labels(nb['steps'])
    if 'layers' in b:
        own = owners(b['build'])
        nb['layers'] = []
        for i, l in enumerate(b['layers']):
            files = []
            for f0 in l['files']:
                f = {k: f0[k] for k in ('path', 'type', 'size', 'mode', 'link') if k in f0}
                if own is not None and f['path'] in own[i]:
                    f['uid'], f['gid'] = own[i][f['path']]
                files.append(f)
            files.sort(key=lambda f: f['path'])
            nb['layers'].append({'index': l['index'], 'created_by': l['created_by'],
                                 'docker_size': l['docker_size'], 'file_bytes': l['file_bytes'],
                                 'tar_bytes': l['tar_bytes'], 'files': files})
    else:
        nb['errors'] = error_lines(b['build'])
    out['builds'].append(nb)

def dump(o, ind=0):
    """Pretty JSON in the fixed key order built above; a file entry (a dict with 'path') is one line."""
    pad = '  ' * ind
    if isinstance(o, dict) and 'path' in o and 'type' in o:
        return json.dumps(o)
    if isinstance(o, dict):
        if not o:
            return '{}'
        items = [f'{pad}  {json.dumps(k)}: {dump(v, ind + 1)}' for k, v in o.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(o, list):
        if not o:
            return '[]'
        return '[\n' + ',\n'.join(f'{pad}  {dump(v, ind + 1)}' for v in o) + '\n' + pad + ']'
    return json.dumps(o)
print(dump(out))
import shutil, tempfile   # drop the oracle's own mktemp dir (oracle.XXXX) made for this run
if W and os.path.dirname(W) == tempfile.gettempdir() and os.path.basename(W).startswith('oracle.'):
    shutil.rmtree(W, ignore_errors=True)
PY
  mv "$tmp/expected.json" "$dir/expected.json"; rm -rf "$tmp"
  echo "recorded $n" >&2
done
[ "$fails" = 0 ] || { echo "record-scenarios: $fails scenario(s) failed" >&2; exit 1; }
