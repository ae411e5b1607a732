import { memo } from 'react'
import { Group, Line, Rect, Text } from 'react-konva'
import type { Peer } from './state.js'

const FONT = '"Noto Sans", "Segoe UI", system-ui, sans-serif'
const ARROW = [0, 0, 0, 17, 4.5, 13, 8, 20.5, 11, 19, 7.5, 11.8, 13, 11.5]

function Cursor({ peer, scale }: { peer: Peer; scale: number }) {
  if (!peer.cursor) return null
  const nameWidth = Math.min(180, peer.name.length * 7.2 + 16)
  return (
    <Group
      x={peer.cursor.x}
      y={peer.cursor.y}
      scaleX={1 / scale}
      scaleY={1 / scale}
      listening={false}
    >
      <Line
        points={ARROW}
        closed
        fill={peer.colour}
        stroke="#ffffff"
        strokeWidth={1.5}
        listening={false}
      />
      <Group x={12} y={20}>
        <Rect
          width={nameWidth}
          height={22}
          cornerRadius={11}
          fill={peer.colour}
          listening={false}
        />
        <Text
          width={nameWidth}
          height={22}
          text={peer.name}
          fontFamily={FONT}
          fontSize={12}
          fontStyle="bold"
          fill="#ffffff"
          align="center"
          verticalAlign="middle"
          wrap="none"
          ellipsis
          listening={false}
        />
      </Group>
    </Group>
  )
}

/**
 * The pointers of the other people on the board, with their names and colours, drawn at the
 * same size on screen at every zoom.
 */
export const Cursors = memo(function Cursors({
  peers,
  scale,
}: {
  peers: readonly Peer[]
  scale: number
}) {
  return (
    <>
      {peers.map((peer) => (
        <Cursor key={peer.clientId} peer={peer} scale={scale} />
      ))}
    </>
  )
})
