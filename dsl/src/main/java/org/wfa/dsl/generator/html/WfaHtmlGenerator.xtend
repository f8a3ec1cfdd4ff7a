package org.wfa.dsl.generator.html

import com.google.inject.Inject
import java.util.ArrayList
import java.util.List
import org.wfa.dsl.analysis.WfaOrganisation
import org.wfa.dsl.generator.GeneratedFile
import org.wfa.dsl.generator.docs.WorkflowDoc
import org.wfa.dsl.generator.docs.WorkspaceDoc
import org.wfa.dsl.generator.docs.WorkspaceDoc.RoleDoc
import org.wfa.dsl.generator.docs.WorkspaceDoc.TeamDoc
import org.wfa.dsl.naming.Ref

import static org.wfa.dsl.generator.WfaEscape.fileName
import static org.wfa.dsl.generator.WfaEscape.html

/**
 * The {@code html} target: a static site under {@code html/} that works offline and from
 * file:// — an index with the landscape map, a page per workflow, per team and per role. Every
 * page carries its own styles and a content security policy that allows no script at all, so
 * that even text that escaped escaping could not run.
 */
class WfaHtmlGenerator {

	public static val FOLDER = 'html/'

	@Inject WfaDiagramSvg diagrams

	/** The pages of the site; each is rendered when it is written. */
	def List<GeneratedFile> generate(WorkspaceDoc workspace) {
		val files = new ArrayList<GeneratedFile>
		files += GeneratedFile.lazy(FOLDER + 'index.html')[index(workspace)]
		for (workflow : workspace.workflows) {
			files += GeneratedFile.lazy(FOLDER + pathOf(workflow.ref))[workflowPage(workflow)]
		}
		for (team : workspace.teams) {
			files += GeneratedFile.lazy(FOLDER + pathOf(team.ref))[teamPage(team)]
			for (role : team.roles) {
				files += GeneratedFile.lazy(FOLDER + pathOf(role.ref))[rolePage(role)]
			}
		}
		files
	}

	/** Where the page of a workflow, team or role is, relative to the site's root. */
	def static String pathOf(Ref ref) {
		val folder = switch ref.kind {
			case 'workflow': 'workflows/'
			case 'team': 'teams/'
			default: 'roles/'
		}
		folder + fileName(ref.name) + '.html'
	}

	def private index(WorkspaceDoc it) {
		page('Workflow handbook', '', '''
			<h1>Workflow handbook</h1>
			<p>«workflows.size» «IF workflows.size == 1»workflow«ELSE»workflows«ENDIF», «workflows.map[metrics.stages].fold(0)[a, b|a + b]» stages, «teams.size» teams.</p>
			<h2 id="landscape">Landscape</h2>
			<p>Teams (lanes) with the workflows their roles own and the systems they run; arrows show which workflows call, wait for or depend on which workflows, systems and teams, and the teams each workflow hands work to. A workspace too large for one readable map is shown by team, each arrow labelled with the number of connections it stands for.</p>
			<div class="diagram">«diagrams.svg(landscape)»</div>
			<h2 id="workflows">Workflows by team</h2>
			«FOR group : byTeam»
				<h3>«IF group.team === null»Without an owning team«ELSE»<a href="«pathOf(group.team)»">«html(group.team.label)»</a>«ENDIF»</h3>
				<table>
				<thead><tr><th>Workflow</th><th>Owner</th><th>Goal</th><th>Stages</th><th>SLA</th><th>Open findings</th></tr></thead>
				<tbody>
				«FOR workflow : group.workflows»
					<tr><td><a href="«pathOf(workflow.ref)»">«html(workflow.ref.label)»</a></td><td>«link(workflow.owner, '')»</td><td>«html(workflow.goal)»</td><td class="num">«workflow.metrics.stages»</td><td>«html(workflow.sla)»</td><td class="num">«workflow.findings.size»</td></tr>
				«ENDFOR»
				</tbody>
				</table>
			«ENDFOR»
			<h2 id="teams">Teams and roles</h2>
			<ul class="columns">
			«FOR team : teams»
				<li><a href="«pathOf(team.ref)»">«html(team.ref.label)»</a>: «team.roles.map['''<a href="«pathOf(ref)»">«html(ref.label)»</a>'''].join(', ')»</li>
			«ENDFOR»
			</ul>
		''')
	}

	def private workflowPage(WorkflowDoc it) {
		page(ref.label, '../', '''
			<h1>«html(ref.label)»</h1>
			«IF !description.empty»
				<p class="lead">«html(description)»</p>
			«ENDIF»
			<dl class="facts">
			<dt>Workflow</dt><dd><code>«html(ref.name)»</code>«IF !version.empty» (version «html(version)»)«ENDIF»</dd>
			<dt>Owner</dt><dd>«link(owner, '../')»«IF ownerTeam !== null» (<a href="../«pathOf(ownerTeam)»">«html(ownerTeam.label)»</a>)«ENDIF»</dd>
			«IF !goal.empty»
				<dt>Goal</dt><dd>«html(goal)»</dd>
			«ENDIF»
			«IF !trigger.empty»
				<dt>Trigger</dt><dd>«html(trigger)»</dd>
			«ENDIF»
			«IF !inputs.empty»
				<dt>Receives</dt><dd>«list(inputs, '../')»</dd>
			«ENDIF»
			«IF !sla.empty»
				<dt>SLA</dt><dd>«html(sla)»</dd>
			«ENDIF»
			«IF !dependencies.empty»
				<dt>Depends on</dt><dd>«dependencies.map[html(it)].join('; ')»</dd>
			«ENDIF»
			<dt>Source</dt><dd><code>«html(file)»</code></dd>
			</dl>
			<h2 id="flow">Flow</h2>
			<div class="diagram">«diagrams.svg(swimlane)»</div>
			<p class="legend">Rounded boxes are work done by people, grey boxes work done by systems, boxes marked AI work done by AI agents; diamonds are decisions, hexagons approvals, dark bars forks and joins. Thick orange arrows are hand-offs between lanes; dashed red arrows are escalations and timeouts.</p>
			«IF !work.empty»
				<h2 id="stages">Stages</h2>
				<div class="wide"><table>
				<thead><tr><th>#</th><th>Stage</th><th>What</th><th>Responsible</th><th>Accountable</th><th>Consulted</th><th>Informed</th><th>Inputs</th><th>Outputs</th><th>Systems</th><th>Duration</th><th>SLA and escalation</th><th>Next</th></tr></thead>
				<tbody>
				«FOR step : work»
					<tr id="step-«html(step.ref.name)»"><td class="num">«work.indexOf(step) + 1»</td><td>«html(step.ref.label)»«IF step.kind == 'call'» (call)«ENDIF»</td><td>«html(step.description)»</td><td>«list(step.responsible, '../')»</td><td>«list(step.accountable, '../')»</td><td>«list(step.consulted, '../')»</td><td>«list(step.informed, '../')»</td><td>«list(step.consumes, '../')»</td><td>«list(step.produces, '../')»</td><td>«list(step.systems, '../')»</td><td>«html(step.duration)»</td><td>«step.sla.map[html(it)].join('<br>')»</td><td>«list(step.next, '../')»</td></tr>
				«ENDFOR»
				</tbody>
				</table></div>
			«ENDIF»
			«IF !decisions.empty»
				<h2 id="decisions">Decisions</h2>
				«FOR decision : decisions»
					<h3 id="step-«html(decision.ref.name)»">«html(decision.ref.label)»</h3>
					«IF !decision.description.empty»
						<p>«html(decision.description)»</p>
					«ENDIF»
					«IF decision.decidedBy !== null»
						<p>Decided by «link(decision.decidedBy, '../')».</p>
					«ENDIF»
					«IF decision.table !== null»
						<p>Rule table (hit policy <strong>«html(decision.table.hitPolicy)»</strong>):</p>
						<table>
						<thead><tr>«FOR input : decision.table.inputs»<th><code>«html(input)»</code></th>«ENDFOR»<th>Then</th><th>Outcome</th></tr></thead>
						<tbody>
						«FOR row : decision.table.rows»
							<tr>«FOR cell : row.cells»<td><code>«html(cell)»</code></td>«ENDFOR»<td>«text(row.target)»</td><td>«html(row.label)»</td></tr>
						«ENDFOR»
						</tbody>
						</table>
					«ENDIF»
					«IF !decision.outcomes.empty»
						<table>
						<thead><tr><th>When</th><th>Then</th><th>Outcome</th></tr></thead>
						<tbody>
						«FOR outcome : decision.outcomes»
							<tr><td>«IF outcome.when == 'otherwise'»<em>otherwise</em>«ELSE»<code>«html(outcome.when)»</code>«ENDIF»</td><td>«text(outcome.target)»</td><td>«html(outcome.label)»</td></tr>
						«ENDFOR»
						</tbody>
						</table>
					«ENDIF»
				«ENDFOR»
			«ENDIF»
			«IF !approvals.empty»
				<h2 id="approvals">Approvals</h2>
				<table>
				<thead><tr><th>Approval</th><th>Approves</th><th>Approvers</th><th>Informed</th><th>SLA and escalation</th><th>If approved</th><th>If rejected</th></tr></thead>
				<tbody>
				«FOR approval : approvals»
					<tr id="step-«html(approval.ref.name)»"><td>«html(approval.ref.label)»</td><td>«text(approval.subject)»</td><td>«list(approval.approvers, '../')»</td><td>«list(approval.informed, '../')»</td><td>«approval.sla.map[html(it)].join('<br>')»</td><td>«text(approval.approved)»</td><td>«text(approval.rejected)»</td></tr>
				«ENDFOR»
				</tbody>
				</table>
			«ENDIF»
			«IF !artifacts.empty»
				<h2 id="artifacts">Artifacts</h2>
				<table>
				<thead><tr><th>Artifact</th><th>Classification</th><th>Produced by</th><th>Consumed by</th><th>Sent in notifications by</th></tr></thead>
				<tbody>
				«FOR artifact : artifacts»
					<tr><td>«html(artifact.ref.label)»</td><td>«html(artifact.classification)»</td><td>«IF artifact.received»<em>received from outside</em>«IF !artifact.producedBy.empty», «ENDIF»«ENDIF»«texts(artifact.producedBy)»</td><td>«texts(artifact.consumedBy)»</td><td>«texts(artifact.notifiedIn)»</td></tr>
				«ENDFOR»
				</tbody>
				</table>
			«ENDIF»
			«IF !handoffs.empty»
				<h2 id="handoffs">Hand-offs</h2>
				<table>
				<thead><tr><th>From</th><th>To</th><th>From owner</th><th>To owner</th><th>Cross-team</th><th>Artifacts passed</th></tr></thead>
				<tbody>
				«FOR handoff : handoffs»
					<tr«IF handoff.crossTeam» class="cross"«ENDIF»><td>«text(handoff.from)»</td><td>«text(handoff.to)»</td><td>«link(handoff.fromOwner, '../')»</td><td>«link(handoff.toOwner, '../')»</td><td>«IF handoff.crossTeam»<strong>yes</strong>«ELSE»no«ENDIF»</td><td>«texts(handoff.artifacts)»</td></tr>
				«ENDFOR»
				</tbody>
				</table>
			«ENDIF»
			«IF !notifications.empty»
				<h2 id="notifications">Notifications</h2>
				<table>
				<thead><tr><th>Step</th><th>Notify</th><th>Of or about</th><th>Via</th></tr></thead>
				<tbody>
				«FOR notification : notifications»
					<tr><td>«text(notification.step)»</td><td>«list(notification.recipients, '../')»</td><td>«html(notification.about)»</td><td>«html(notification.channel)»</td></tr>
				«ENDFOR»
				</tbody>
				</table>
			«ENDIF»
			«IF !ai.empty»
				<h2 id="ai">AI participation</h2>
				<table>
				<thead><tr><th>Stage</th><th>Agent</th><th>Does</th><th>Supervised by</th><th>Reviewed by</th><th>Accountable</th><th>Human oversight</th></tr></thead>
				<tbody>
				«FOR work : ai»
					<tr><td>«text(work.step)»</td><td>«text(work.agent)»</td><td>«work.capabilities.map[html(it)].join('; ')»</td><td>«link(work.supervisor, '../')»</td><td>«list(work.reviewers, '../')»</td><td>«list(work.accountable, '../')»</td><td>«IF work.overseen»yes«ELSE»<strong>no</strong>«ENDIF»</td></tr>
				«ENDFOR»
				</tbody>
				</table>
			«ENDIF»
			«IF !raci.rows.empty»
				<h2 id="raci">RACI matrix</h2>
				<p>R = responsible, A = accountable, C = consulted, I = informed.</p>
				<div class="wide"><table class="raci">
				<thead><tr><th>Step</th>«FOR party : raci.parties»<th>«link(party, '../')»</th>«ENDFOR»</tr></thead>
				<tbody>
				«FOR row : raci.rows»
					<tr><td>«html(row.step.label)»</td>«FOR cell : row.cells»<td class="letter">«cell»</td>«ENDFOR»</tr>
				«ENDFOR»
				</tbody>
				</table></div>
			«ENDIF»
			<h2 id="metrics">Metrics</h2>
			<table>
			<tbody>
			<tr><th>Stages</th><td>«metrics.stages» («metrics.systemStages» by systems, «metrics.aiStages» by AI agents, «metrics.aiStagesReviewed» of them reviewed by people)</td></tr>
			<tr><th>Decisions</th><td>«metrics.decisions»</td></tr>
			<tr><th>Approvals</th><td>«metrics.approvals»</td></tr>
			<tr><th>Hand-offs</th><td>«metrics.handoffs» («metrics.crossTeamHandoffs» between teams)</td></tr>
			<tr><th>Critical path</th><td>«WfaOrganisation.describeMinutes(metrics.criticalPathMinutes)»«IF metrics.slaMinutes !== null» against an SLA of «WfaOrganisation.describeMinutes(metrics.slaMinutes)»«ENDIF»</td></tr>
			«IF !metrics.load.empty»
				<tr><th>Load</th><td>«metrics.load.entrySet.map[html(key) + ': ' + value].join(', ')»</td></tr>
			«ENDIF»
			</tbody>
			</table>
			<h2 id="findings">Open findings</h2>
			«IF findings.empty»
				<p>No open findings.</p>
			«ELSE»
				<ul class="findings">
				«FOR finding : findings»
					<li class="«finding.severity»"><strong>«finding.severity»</strong> «finding.code»«IF !finding.rule.empty» («finding.rule»)«ENDIF», line «finding.line»: «html(finding.message)»</li>
				«ENDFOR»
				</ul>
			«ENDIF»
			«IF accepted > 0»
				<p>«accepted» «IF accepted == 1»finding is«ELSE»findings are«ENDIF» accepted with <code>@allow</code> and its reason in the source.</p>
			«ENDIF»
		''')
	}

	def private teamPage(TeamDoc it) {
		page(ref.label, '../', '''
			<h1>«html(ref.label)»</h1>
			«IF !description.empty»
				<p class="lead">«html(description)»</p>
			«ENDIF»
			<h2>Roles</h2>
			«IF roles.empty»
				<p>No roles.</p>
			«ELSE»
				<table>
				<thead><tr><th>Role</th><th>Held by</th><th>Owns</th><th>Assignments</th></tr></thead>
				<tbody>
				«FOR role : roles»
					<tr><td><a href="../«pathOf(role.ref)»">«html(role.ref.label)»</a></td><td>«texts(role.holders)»</td><td>«list(role.owns, '../')»</td><td class="num">«role.assignments.size»</td></tr>
				«ENDFOR»
				</tbody>
				</table>
			«ENDIF»
			<h2>Workflows owned</h2>
			«IF workflows.empty»
				<p>None.</p>
			«ELSE»
				<ul>
				«FOR workflow : workflows»
					<li>«link(workflow, '../')»</li>
				«ENDFOR»
				</ul>
			«ENDIF»
		''')
	}

	def private rolePage(RoleDoc it) {
		page(ref.label, '../', '''
			<h1>«html(ref.label)»</h1>
			<p class="lead">What is the «html(ref.label)» («html(team.label)») responsible for?«IF !description.empty» «html(description)»«ENDIF»</p>
			<dl class="facts">
			<dt>Role</dt><dd><code>«html(ref.name)»</code></dd>
			<dt>Team</dt><dd><a href="../«pathOf(team)»">«html(team.label)»</a></dd>
			<dt>Held by</dt><dd>«IF holders.empty»nobody named«ELSE»«texts(holders)»«ENDIF»</dd>
			«IF !owns.empty»
				<dt>Owns</dt><dd>«list(owns, '../')»</dd>
			«ENDIF»
			</dl>
			<h2>Assignments</h2>
			«IF assignments.empty»
				<p>This role has no work in any workflow.</p>
			«ELSE»
				<table>
				<thead><tr><th>Workflow</th><th>Step</th><th>As</th></tr></thead>
				<tbody>
				«FOR assignment : assignments»
					<tr><td>«link(assignment.workflow, '../')»</td><td><a href="../«pathOf(assignment.workflow)»#«html(assignment.anchor)»">«html(assignment.step.label)»</a></td><td>«assignment.part»</td></tr>
				«ENDFOR»
				</tbody>
				</table>
			«ENDIF»
		''')
	}

	def private String page(String title, String root, CharSequence body) '''
		<!DOCTYPE html>
		<html lang="en">
		<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
		<title>«html(title)» — Workflow handbook</title>
		<style>
		«WfaSiteStyle.CSS»
		</style>
		</head>
		<body>
		<nav>
		<a class="home" href="«root»index.html">Workflow handbook</a>
		<a href="«root»index.html#landscape">Landscape</a>
		<a href="«root»index.html#workflows">Workflows</a>
		<a href="«root»index.html#teams">Teams and roles</a>
		</nav>
		<main>
		«body»
		</main>
		</body>
		</html>
	'''

	/** A reference, linked when it has a page (workflows, teams and roles). */
	def private link(Ref ref, String root) {
		if (ref === null) {
			'<em>none</em>'
		} else if (ref.kind == 'workflow' || ref.kind == 'team' || ref.kind == 'role') {
			'''<a href="«root»«pathOf(ref)»">«html(ref.label)»</a>'''
		} else {
			html(ref.label)
		}
	}

	def private list(List<Ref> refs, String root) {
		refs.map[link(it, root)].join(', ')
	}

	def private text(Ref ref) {
		if(ref === null) '' else html(ref.label)
	}

	def private texts(List<Ref> refs) {
		refs.map[text(it)].join(', ')
	}
}
