// The workspace (source folder plus the extra 'workflows' path) checks without errors.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Checked 6 files: 0 errors') : 'expected the summary of 6 checked files'
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
// Xtext's informational logging stays out of the build log.
assert !log.contains('ImportedNamesAdapter')
