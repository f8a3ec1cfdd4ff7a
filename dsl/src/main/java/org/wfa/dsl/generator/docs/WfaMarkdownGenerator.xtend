package org.wfa.dsl.generator.docs

import java.util.List
import org.wfa.dsl.analysis.WfaOrganisation
import org.wfa.dsl.generator.diagram.Diagram
import org.wfa.dsl.generator.diagram.WfaMermaidRenderer
import org.wfa.dsl.naming.Ref

import static org.wfa.dsl.generator.WfaEscape.fileName
import static org.wfa.dsl.generator.WfaEscape.markdown

/**
 * The Markdown documentation: a handbook per workflow (with its swimlane diagram and RACI matrix)
 * and an index with the landscape map. Mermaid diagrams are embedded as fenced blocks, which
 * GitHub and GitLab draw in file views and pull requests.
 */
class WfaMarkdownGenerator {

	val mermaid = new WfaMermaidRenderer

	static val LEGEND = 'Rounded boxes are work done by people, grey boxes work done by systems, boxes marked "AI:" work done by AI agents; diamonds are decisions, hexagons approvals, dark slanted boxes forks and joins. Thick orange arrows are hand-offs between lanes; dotted red arrows are escalations and timeouts.'

	static val LANDSCAPE_LEGEND = 'Solid arrows are calls of other workflows, dashed grey arrows dependencies (on workflows, systems and teams), thick orange arrows hand-offs of work to another team. In a map by team, each arrow is labelled with the number of connections it stands for.'

	def static String fileOf(Ref workflow) {
		fileName(workflow.name) + '.md'
	}

	def static String raciFileOf(Ref workflow) {
		fileName(workflow.name) + '.raci.csv'
	}

	def String handbook(WorkflowDoc it) '''
		# «markdown(ref.label)»
		«IF !description.empty»

		«markdown(description)»
		«ENDIF»

		| | |
		|---|---|
		| **Workflow** | «markdown(ref.name)»«IF !version.empty» (version «markdown(version)»)«ENDIF» |
		| **Owner** | «party(owner)»«IF ownerTeam !== null» («markdown(ownerTeam.label)»)«ENDIF» |
		«IF !goal.empty»
			| **Goal** | «markdown(goal)» |
		«ENDIF»
		«IF !trigger.empty»
			| **Trigger** | «markdown(trigger)» |
		«ENDIF»
		«IF !inputs.empty»
			| **Receives** | «list(inputs)» |
		«ENDIF»
		«IF !sla.empty»
			| **SLA** | «markdown(sla)» |
		«ENDIF»
		«IF !dependencies.empty»
			| **Depends on** | «dependencies.map[markdown(it)].join('; ')» |
		«ENDIF»
		| **Source** | «markdown(file)» |

		## Flow

		«diagram(swimlane, LEGEND)»
		«IF !work.empty»

			## Stages

			| # | Stage | What | Responsible | Accountable | Consulted | Informed | Inputs | Outputs | Systems | Duration | SLA and escalation | Next |
			|---|---|---|---|---|---|---|---|---|---|---|---|---|
			«FOR step : work»
				| «work.indexOf(step) + 1» | «markdown(step.ref.label)»«IF step.kind == 'call'» (call)«ENDIF» | «markdown(step.description)» | «list(step.responsible)» | «list(step.accountable)» | «list(step.consulted)» | «list(step.informed)» | «list(step.consumes)» | «list(step.produces)» | «list(step.systems)» | «markdown(step.duration)» | «step.sla.map[markdown(it)].join('; ')» | «list(step.next)» |
			«ENDFOR»
		«ENDIF»
		«IF !decisions.empty»

			## Decisions
			«FOR decision : decisions»

				### «markdown(decision.ref.label)»
				«IF !decision.description.empty»

					«markdown(decision.description)»
				«ENDIF»
				«IF decision.decidedBy !== null»

					Decided by «party(decision.decidedBy)».
				«ENDIF»
				«IF decision.table !== null»

					Rule table (hit policy **«decision.table.hitPolicy»**):

					| «decision.table.inputs.map[markdown(it)].join(' | ')» | Then | Outcome |
					|«FOR input : decision.table.inputs»---|«ENDFOR»---|---|
					«FOR row : decision.table.rows»
						| «row.cells.map[markdown(it)].join(' | ')» | «ref(row.target)» | «markdown(row.label)» |
					«ENDFOR»
				«ENDIF»
				«IF !decision.outcomes.empty»

					| When | Then | Outcome |
					|---|---|---|
					«FOR outcome : decision.outcomes»
						| «IF outcome.when == 'otherwise'»*otherwise*«ELSE»«markdown(outcome.when)»«ENDIF» | «ref(outcome.target)» | «markdown(outcome.label)» |
					«ENDFOR»
				«ENDIF»
			«ENDFOR»
		«ENDIF»
		«IF !approvals.empty»

			## Approvals

			| Approval | Approves | Approvers | Informed | SLA and escalation | If approved | If rejected |
			|---|---|---|---|---|---|---|
			«FOR approval : approvals»
				| «markdown(approval.ref.label)» | «ref(approval.subject)» | «list(approval.approvers)» | «list(approval.informed)» | «approval.sla.map[markdown(it)].join('; ')» | «ref(approval.approved)» | «ref(approval.rejected)» |
			«ENDFOR»
		«ENDIF»
		«IF !artifacts.empty || !notifications.empty || !handoffs.empty»

			## Information flow
			«IF !artifacts.empty»

				### Artifacts

				| Artifact | Classification | Produced by | Consumed by | Sent in notifications by |
				|---|---|---|---|---|
				«FOR artifact : artifacts»
					| «markdown(artifact.ref.label)» | «markdown(artifact.classification)» | «IF artifact.received»*received from outside*«IF !artifact.producedBy.empty», «ENDIF»«ENDIF»«list(artifact.producedBy)» | «list(artifact.consumedBy)» | «list(artifact.notifiedIn)» |
				«ENDFOR»
			«ENDIF»
			«IF !handoffs.empty»

				### Hand-offs

				| From | To | From owner | To owner | Cross-team | Artifacts passed |
				|---|---|---|---|---|---|
				«FOR handoff : handoffs»
					| «ref(handoff.from)» | «ref(handoff.to)» | «party(handoff.fromOwner)»«team(handoff.fromTeam)» | «party(handoff.toOwner)»«team(handoff.toTeam)» | «IF handoff.crossTeam»**yes**«ELSE»no«ENDIF» | «list(handoff.artifacts)» |
				«ENDFOR»
			«ENDIF»
			«IF !notifications.empty»

				### Notifications

				| Step | Notify | Of or about | Via |
				|---|---|---|---|
				«FOR notification : notifications»
					| «ref(notification.step)» | «list(notification.recipients)» | «markdown(notification.about)» | «markdown(notification.channel)» |
				«ENDFOR»
			«ENDIF»
		«ENDIF»
		«IF !ai.empty»

			## AI participation

			| Stage | Agent | Does | Supervised by | Reviewed by | Accountable | Human oversight |
			|---|---|---|---|---|---|---|
			«FOR work : ai»
				| «ref(work.step)» | «ref(work.agent)» | «work.capabilities.map[markdown(it)].join('; ')» | «party(work.supervisor)» | «list(work.reviewers)» | «list(work.accountable)» | «IF work.overseen»yes«ELSE»**no**«ENDIF» |
			«ENDFOR»
		«ENDIF»
		«IF !raci.rows.empty»

			## RACI matrix

			R = responsible, A = accountable, C = consulted, I = informed. Also as a spreadsheet: [«markdown(raciFileOf(ref))»](«raciFileOf(ref)»).

			| Step | «raci.parties.map[markdown(label)].join(' | ')» |
			|---|«FOR party : raci.parties»---|«ENDFOR»
			«FOR row : raci.rows»
				| «markdown(row.step.label)» | «row.cells.join(' | ')» |
			«ENDFOR»
		«ENDIF»

		## Metrics

		| Figure | Value |
		|---|---|
		| Stages | «metrics.stages» («metrics.systemStages» by systems, «metrics.aiStages» by AI agents, «metrics.aiStagesReviewed» of them reviewed by people) |
		| Decisions | «metrics.decisions» |
		| Approvals | «metrics.approvals» |
		| Hand-offs | «metrics.handoffs» («metrics.crossTeamHandoffs» between teams) |
		| Critical path | «WfaOrganisation.describeMinutes(metrics.criticalPathMinutes)»«IF metrics.slaMinutes !== null» against an SLA of «WfaOrganisation.describeMinutes(metrics.slaMinutes)»«ENDIF» |
		«IF !metrics.load.empty»
			| Load (stages responsible or accountable for) | «metrics.load.entrySet.map[markdown(key) + ': ' + value].join(', ')» |
		«ENDIF»

		## Open findings

		«IF findings.empty»
			No open findings.
		«ELSE»
			«FOR finding : findings»
				- **«finding.severity»** «finding.code»«IF !finding.rule.empty» («finding.rule»)«ENDIF», line «finding.line»: «markdown(finding.message)»
			«ENDFOR»
		«ENDIF»
		«IF accepted > 0»

			«accepted» «IF accepted == 1»finding is«ELSE»findings are«ENDIF» accepted with `@allow` and its reason in the source.
		«ENDIF»
	'''

	def String index(WorkspaceDoc it) '''
		# Workflow handbook

		«workflows.size» «IF workflows.size == 1»workflow«ELSE»workflows«ENDIF», «workflows.map[metrics.stages].fold(0)[a, b|a + b]» stages, «teams.size» teams.

		## Landscape

		Teams (lanes) with the workflows their roles own and the systems they run; arrows show which workflows call, wait for or depend on which workflows, systems and teams, and the teams each workflow hands work to. A workspace too large for one readable map is shown by team.

		«diagram(landscape, LANDSCAPE_LEGEND)»

		## Workflows by team
		«FOR group : byTeam»

			### «IF group.team === null»Without an owning team«ELSE»«markdown(group.team.label)»«ENDIF»

			| Workflow | Owner | Goal | Stages | SLA | Open findings |
			|---|---|---|---|---|---|
			«FOR workflow : group.workflows»
				| [«markdown(workflow.ref.label)»](«fileOf(workflow.ref)») | «party(workflow.owner)» | «markdown(workflow.goal)» | «workflow.metrics.stages» | «markdown(workflow.sla)» | «workflow.findings.size» |
			«ENDFOR»
		«ENDFOR»
	'''

	def private diagram(Diagram diagram, String legend) '''
		«IF mermaid.fits(diagram)»
			```mermaid
			«mermaid.render(diagram)»```

			«IF diagram.nodes.size > WfaMermaidRenderer.MAX_NODES_IN_LANE_BOXES && diagram.lanes.size > 1»
				Each step is labelled with its lane: Mermaid cannot draw lanes as boxes around flows of more than «WfaMermaidRenderer.MAX_NODES_IN_LANE_BOXES» steps. The HTML site draws them as swimlanes.
			«ENDIF»
			«legend»
		«ELSE»
			*The diagram has more than «WfaMermaidRenderer.MAX_EDGES» arrows, more than Mermaid draws: see this workflow's page in the HTML site (`wfa build --target html`).*
		«ENDIF»
	'''

	def private list(List<Ref> refs) {
		refs.map[ref(it)].join(', ')
	}

	def private ref(Ref ref) {
		if(ref === null) '' else markdown(ref.label)
	}

	def private party(Ref ref) {
		if(ref === null) '*none*' else markdown(ref.label)
	}

	def private team(Ref team) {
		if(team === null) '' else ' (' + markdown(team.label) + ')'
	}
}
