def log = new File(basedir, 'build.log').text
def warning = "[WARNING] src/main/wfa/claims.wfa:8:10: warning: Workflow 'Claims' has no owner"
assert log.contains(warning) : "expected the diagnostic line '${warning}...'"
assert log =~ /(?m)^\[WARNING\] src\/main\/wfa\/claims\.wfa:8:10: warning: .* \[WFA202\]$/

// First build: failed on the warning, before anything was written.
assert log.contains('[INFO] Checked 1 file: 0 errors, 1 warning, 0 info. Nothing generated.')
assert log.contains("WFA found 1 finding at level 'warning' or above. Checked 1 file: 0 errors, 1 warning, 0 info. Nothing generated. See the diagnostics above.")

// Second build: passed at failOn=error and generated the two requested targets only.
assert log =~ /\[INFO\] Generated \d+ files in .*target\/wfa \(\d+ changed\) from 1 \.wfa file; 1 warning\./
def out = new File(basedir, 'target/wfa')
assert out.list().sort() == ['.wfa-build.json', 'bpmn-operaton', 'docs'] : "expected only docs and bpmn-operaton (and the build's manifest), found ${out.list()}"
assert new File(out, 'bpmn-operaton/demo.Claims.bpmn').isFile()
assert new File(out, 'docs/index.md').isFile()
