// The unknown role is reported as wfa check reports it, at error level, and fails the build.
def log = new File(basedir, 'build.log').text
def diagnostic = "[ERROR] src/main/wfa/claims.wfa:13:21: error: Unknown name 'Ops.Clerck'"
assert log.contains(diagnostic) : "expected the diagnostic line '${diagnostic}...'"
assert log =~ /(?m)^\[ERROR\] src\/main\/wfa\/claims\.wfa:13:21: error: .* \[WFA002\]$/
assert log.contains('[INFO] Checked 1 file: 1 error')
assert log.contains("WFA found 1 finding at level 'error' or above. Checked 1 file: 1 error, 0 warnings, 0 info. See the diagnostics above.")
assert log.contains('BUILD FAILURE')

// Second build: skipped, so the same workspace passes.
assert log.contains('[INFO] Skipping WFA (wfa.skip is set).')
assert log.contains('BUILD SUCCESS')
