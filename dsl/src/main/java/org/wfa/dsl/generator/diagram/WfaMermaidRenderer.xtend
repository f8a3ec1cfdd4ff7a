package org.wfa.dsl.generator.diagram

import java.util.HashSet
import java.util.LinkedHashMap
import java.util.List
import java.util.Map
import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle
import org.wfa.dsl.generator.diagram.Diagram.Shape

import static org.wfa.dsl.generator.WfaEscape.mermaid

/**
 * Renders a diagram as a Mermaid flowchart, which GitHub and GitLab draw where the Markdown is
 * shown. Lanes become subgraphs; shapes and classes tell the kinds of steps apart; hand-offs are
 * thick coloured arrows and escalations dotted. Every label is quoted and entity-escaped.
 */
class WfaMermaidRenderer {

	/** Mermaid draws at most this many edges (its default 'maxEdges', which GitHub keeps). */
	public static val MAX_EDGES = 500

	/**
	 * Mermaid's layout (dagre) fails on larger flows whose steps go back and forth between many
	 * subgraphs ("Cannot set properties of undefined (setting 'order')"; it failed on 8 of 20
	 * synthetic 50-step workflows in 12 lanes, none of 30 with 30 steps). Beyond this many
	 * nodes the lanes are written into the steps' labels instead of drawn as boxes.
	 */
	public static val MAX_NODES_IN_LANE_BOXES = 30

	/** Whether Mermaid can draw the diagram at all. */
	def boolean fits(Diagram diagram) {
		mergeParallel(diagram.edges).size <= MAX_EDGES
	}

	def String render(Diagram diagram) {
		val ids = mermaidIds(diagram)
		val edges = mergeParallel(diagram.edges)
		val lanes = diagram.lanes.filter[lane|diagram.nodes.exists[laneId == lane.id]].toList
		val boxed = diagram.nodes.size <= MAX_NODES_IN_LANE_BOXES
		// Without lane boxes a long flow reads best top to bottom, as wide as the page.
		'''
			flowchart «IF boxed»LR«ELSE»TB«ENDIF»
			«IF boxed»
				«FOR lane : lanes»
					subgraph lane«lanes.indexOf(lane)»["«mermaid(lane.label)»"]
					«FOR node : diagram.nodes.filter[laneId == lane.id]»
						«ids.get(node.id)»«shape(node, null)»:::«className(node.shape)»
					«ENDFOR»
					end
				«ENDFOR»
			«ELSE»
				«FOR node : diagram.nodes»
					«ids.get(node.id)»«shape(node, lanes.findFirst[id == node.laneId]?.label)»:::«className(node.shape)»
				«ENDFOR»
			«ENDIF»
			«FOR edge : edges»
				«ids.get(edge.from)» «arrow(edge)» «ids.get(edge.to)»
			«ENDFOR»
			«styles»
			«FOR edge : edges.filter[style != EdgeStyle.FLOW]»
				linkStyle «edges.indexOf(edge)» «linkStyle(edge.style)»
			«ENDFOR»
		'''
	}

	/**
	 * One edge per pair of nodes, with the labels of all and the most prominent style: Mermaid
	 * 11 fails to lay out parallel edges between nodes in different subgraphs, and one arrow
	 * with 'approved / rejected' reads better than two on top of each other.
	 */
	def private List<Diagram.Edge> mergeParallel(List<Diagram.Edge> edges) {
		val merged = new LinkedHashMap<String, Diagram.Edge>
		for (edge : edges) {
			val key = edge.from + '\u0000' + edge.to
			val previous = merged.get(key)
			if (previous === null) {
				merged.put(key, edge)
			} else {
				val labels = #[previous.label, edge.label].filter[it !== null && !empty].toList
				val style = if(prominence(edge.style) > prominence(previous.style)) edge.style else previous.style
				merged.put(key, new Diagram.Edge(edge.from, edge.to, if(labels.empty) null else labels.join(' / '), style))
			}
		}
		merged.values.toList
	}

	def private prominence(EdgeStyle style) {
		switch style {
			case ESCALATION: 3
			case HANDOFF: 2
			case DEPENDENCY: 1
			default: 0
		}
	}

	/** Mermaid ids from the node ids: letters, digits and underscores, never a Mermaid keyword such as 'end'. */
	def private Map<String, String> mermaidIds(Diagram diagram) {
		val ids = new LinkedHashMap<String, String>
		val used = new HashSet<String>
		for (node : diagram.nodes) {
			var id = 'n_' + node.id.replaceAll('[^A-Za-z0-9_]', '_')
			var unique = id
			var i = 2
			while (!used.add(unique)) {
				unique = id + '_' + i++
			}
			ids.put(node.id, unique)
		}
		ids
	}

	/** @param lane the lane to name in the label, or null when the node is drawn in its lane's box */
	def private shape(Diagram.Node node, String lane) {
		val label = if(lane === null) mermaid(node.label) else mermaid(lane) + ': ' + mermaid(node.label)
		MermaidShapes.node(node.shape, label)
	}

	def private arrow(Diagram.Edge edge) {
		val head = switch edge.style {
			case HANDOFF: '==>'
			case ESCALATION, case DEPENDENCY: '-.->'
			default: '-->'
		}
		if(edge.label === null || edge.label.isEmpty) head else '''«head»|"«mermaid(edge.label)»"|'''
	}

	def private linkStyle(EdgeStyle style) {
		switch style {
			case HANDOFF: 'stroke:#c2410c,stroke-width:3px'
			case ESCALATION: 'stroke:#b91c1c,stroke-width:1.5px'
			default: 'stroke:#6b7280,stroke-width:1.5px'
		}
	}

	def private styles() '''
		«FOR shape : Shape.values»
			classDef «className(shape)» «classStyle(shape)»
		«ENDFOR»
	'''

	/** Class names are prefixed: a class named 'end' would end the diagram's subgraph. */
	def private className(Shape shape) {
		'wfa_' + shape.name.toLowerCase
	}

	def private classStyle(Shape shape) {
		MermaidShapes.classStyle(shape)
	}
}
