// Every target generated into target/wfa, incrementally (see invoker.properties for the builds).
def out = new File(basedir, 'target/wfa')
['docs/index.md',
 'docs/acme.finance.ExpenseReimbursement.md',
 'html/index.html',
 'bpmn/acme.finance.ExpenseReimbursement.bpmn',
 'bpmn-operaton/acme.finance.ExpenseReimbursement.bpmn',
 'bpmn-camunda8/acme.finance.ExpenseReimbursement.bpmn',
 'bpmn-flowable/acme.finance.ExpenseReimbursement.bpmn',
 '.wfa-build.json'].each { path ->
    def file = new File(out, path)
    assert file.isFile() && file.length() > 0 : "expected ${file} to be generated"
}
assert new File(out, 'bpmn-operaton/acme.finance.ExpenseReimbursement.bpmn').text.contains('<process id="acme_finance_ExpenseReimbursement"')
assert new File(out, 'docs/index.md').text.contains('Expense reimbursement')

def log = new File(basedir, 'build.log').text
def generated = (log =~ /\[INFO\] Generated (\d+) files in .*target\/wfa \((\d+) changed(?:, (\d+) removed)?\) from (\d) \.wfa files\./)
assert generated.size() == 2 : "expected two builds that generated, found ${generated.size()}"

// First build: every file written.
def total = generated[0][1] as int
assert total > 20
assert generated[0][2] as int == total : 'the first build writes every file'
assert generated[0][3] == null : 'the first build removes nothing'
assert generated[0][4] == '6'

// Second build: nothing changed, nothing generated.
assert log =~ /\[INFO\] Up to date: ${total} files in .*target\/wfa from 6 \.wfa files\./ : 'the second build finds the output up to date'

// Third build, without the onboarding workflow: its files are gone, the others stay.
def removed = generated[1][3] as int
assert generated[1][4] == '5'
assert removed >= 9 : "expected the onboarding workflow's files of every target removed, found ${removed}"
assert generated[1][1] as int == total - removed
def left = []
out.eachFileRecurse { file -> if (file.name.contains('EmployeeOnboarding')) left << file }
assert left.isEmpty() : "expected the removed workflow's files to be gone, found ${left}"
assert !new File(out, '.wfa-build.json').text.contains('EmployeeOnboarding')
