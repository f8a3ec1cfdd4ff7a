// Every target generated into target/wfa; the second build rewrote nothing.
def out = new File(basedir, 'target/wfa')
['docs/index.md',
 'docs/acme.finance.ExpenseReimbursement.md',
 'html/index.html',
 'bpmn/acme.finance.ExpenseReimbursement.bpmn',
 'bpmn-operaton/acme.finance.ExpenseReimbursement.bpmn',
 'bpmn-camunda8/acme.finance.ExpenseReimbursement.bpmn',
 'bpmn-flowable/acme.finance.ExpenseReimbursement.bpmn'].each { path ->
    def file = new File(out, path)
    assert file.isFile() && file.length() > 0 : "expected ${file} to be generated"
}
assert new File(out, 'bpmn-operaton/acme.finance.ExpenseReimbursement.bpmn').text.contains('<process id="acme_finance_ExpenseReimbursement"')
assert new File(out, 'docs/index.md').text.contains('Expense reimbursement')

def log = new File(basedir, 'build.log').text
def generated = (log =~ /\[INFO\] Generated (\d+) files in .*target\/wfa \((\d+) changed, (\d+) unchanged\) from 4 \.wfa files\./)
assert generated.size() == 2 : "expected two builds that generated, found ${generated.size()}"
def total = generated[0][1] as int
assert total > 20
assert generated[0][2] as int == total : 'the first build writes every file'
assert generated[1][2] as int == 0 && generated[1][3] as int == total : 'the second build leaves every file as it was'
