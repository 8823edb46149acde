#!/usr/bin/env python3
"""One-off refactor: `let app = try await TestApp.make(ARGS)` … `await app.shutdown()` becomes
`try await TestApp.with(ARGS) { app in … }`, so a throwing test still shuts its app down."""
import re, sys
for path in sys.argv[1:]:
    lines = open(path).read().split('\n')
    out, i, changed = [], 0, 0
    while i < len(lines):
        m = re.match(r'^(\s*)let app = try await TestApp\.make\((.*)\)$', lines[i])
        if m:
            indent, args = m.group(1), m.group(2)
            start, skip = i + 1, 1
            if i + 1 < len(lines) and lines[i + 1] == indent + 'defer { Task { await app.shutdown() } }':
                # The app lives to the end of the function: wrap everything up to its brace.
                start = i + 2
                end = next((j for j in range(start, len(lines)) if lines[j] == indent[:-4] + '}'), None)
                skip = 0
            else:
                end = next((j for j in range(i + 1, len(lines)) if lines[j] == indent + 'await app.shutdown()'), None)
            block_ok = end is not None and all(l.startswith(indent) or l == '' for l in lines[start:end])
            if block_ok:
                out.append(f'{indent}try await TestApp.with({args}) {{ app in')
                out += [('    ' + l) if l else l for l in lines[start:end]]
                out.append(indent + '}')
                i = end + skip
                changed += 1
                continue
        out.append(lines[i])
        i += 1
    open(path, 'w').write('\n'.join(out))
    print(path, changed)
