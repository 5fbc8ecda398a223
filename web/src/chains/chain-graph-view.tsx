import {
  type Edge,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
  type ReactFlowInstance,
} from '@xyflow/react'
import { chainTiers } from '../../../server/chains/chain-enums'
import '@xyflow/react/dist/style.css'
import { useEffect, useMemo, useRef } from 'react'
import type { ChainDetail, ChainSegment } from '../api/chains-client'
import { useI18n } from '../i18n/i18n'

type SegmentNode = Node<
  { segment: ChainSegment; label: string; selected: boolean; related: boolean; gapWord: string },
  'segment'
>

const COLUMN_WIDTH = 250
const ROW_HEIGHT = 58
const INDENT = 22

/** Strength as colour: none → pale red, then greens deepening with the number of local firms. */
export function strengthColor(strength: number, isGap: boolean): string {
  if (isGap && strength === 0) return '#fbe3e1'
  if (isGap) return '#fdf0d5'
  return ['#e3f2e8', '#c4e6cf', '#9fd4b0', '#6fbf8a', '#3f9e63'][Math.min(4, Math.max(0, strength - 1))]!
}

function SegmentBox({ data }: NodeProps<SegmentNode>) {
  const { segment, label, selected, related, gapWord } = data
  return (
    <div
      className={`segment-node ${segment.is_gap ? 'gap' : ''} ${selected ? 'selected' : ''} ${related ? 'related' : ''}`}
      style={{ background: strengthColor(segment.strength, segment.is_gap) }}
      data-testid={`segment-${segment.key}`}
    >
      <Handle type="target" position={Position.Left} />
      <span className="segment-name">{label}</span>
      <span className="segment-count">{segment.is_gap ? `${gapWord} · ${segment.strength}` : segment.strength}</span>
      <Handle type="source" position={Position.Right} />
    </div>
  )
}

const nodeTypes = { segment: SegmentBox }

/** Each segment as a box in its tier's column; the chosen one and those it supplies or buys from marked. */
function nodesOf(
  chain: ChainDetail,
  segmentId: number | null,
  name: (s: ChainDetail['segments'][number]) => string,
  gapWord: string,
): SegmentNode[] {
  const selected = chain.segments.find((s) => s.id === segmentId) ?? null
  const related = new Set(selected ? [...selected.upstream_ids, ...selected.downstream_ids] : [])
  return chain.segments.map((s) => ({
    id: String(s.id),
    type: 'segment',
    position: { x: s.layout.column * COLUMN_WIDTH + s.layout.depth * INDENT, y: s.layout.row * ROW_HEIGHT },
    data: { segment: s, label: name(s), selected: s.id === segmentId, related: related.has(s.id), gapWord },
    draggable: false,
  }))
}

/** Supplier → customer arrows; those of the chosen segment in red. */
function edgesOf(chain: ChainDetail, segmentId: number | null): Edge[] {
  return chain.links.map((l) => {
    const lit = segmentId !== null && (l.supplier_id === segmentId || l.customer_id === segmentId)
    return {
      id: `link-${l.id}`,
      source: String(l.supplier_id),
      target: String(l.customer_id),
      type: 'smoothstep',
      markerEnd: { type: MarkerType.ArrowClosed, color: lit ? '#c0392b' : '#8a96a0' },
      style: { stroke: lit ? '#c0392b' : '#8a96a0', strokeWidth: lit ? 2.2 : 1.2 },
    }
  })
}

/** The chain read left to right, upstream → downstream: a layered diagram drawn with React Flow. */
export function ChainGraphView({
  chain,
  segmentId,
  onSelect,
}: {
  chain: ChainDetail
  segmentId: number | null
  onSelect: (id: number | null) => void
}) {
  const { t, name } = useI18n()
  const box = useRef<HTMLDivElement>(null)
  const flow = useRef<ReactFlowInstance<SegmentNode> | null>(null)
  // The board narrows when a side panel opens: the diagram is fitted again to whatever room it has.
  useEffect(() => {
    const observer = new ResizeObserver(() => void flow.current?.fitView({ padding: 0.08 }))
    if (box.current) observer.observe(box.current)
    return () => observer.disconnect()
  }, [])
  const nodes = useMemo(() => nodesOf(chain, segmentId, name, t('chains.gap')), [chain, segmentId, name, t])
  const edges = edgesOf(chain, segmentId)
  return (
    <div className="chain-graph" data-testid="chain-graph" ref={box}>
      <div className="tier-heads">
        {chainTiers.map((tier) => (
          <span key={tier}>{t(`chains.${tier}`)}</span>
        ))}
      </div>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        onInit={(instance) => (flow.current = instance)}
        fitViewOptions={{ padding: 0.08 }}
        nodesConnectable={false}
        elementsSelectable={false}
        panOnScroll
        zoomOnScroll={false}
        minZoom={0.4}
        maxZoom={1.5}
        onNodeClick={(_, node) => onSelect(Number(node.id) === segmentId ? null : Number(node.id))}
        onPaneClick={() => onSelect(null)}
      />
    </div>
  )
}
