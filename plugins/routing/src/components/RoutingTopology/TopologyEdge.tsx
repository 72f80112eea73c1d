import type { DependencyGraphTypes } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import type { TopologyEdgeData } from './types';

const ARROW = 'portway-routing-topology-arrow';
const BROKEN_ARROW = 'portway-routing-topology-arrow-broken';

const useStyles = makeStyles(
  theme => ({
    path: {
      fill: 'none',
      stroke: theme.palette.text.secondary,
      strokeWidth: 1.5,
    },
    broken: {
      stroke: theme.palette.error.main,
      strokeWidth: 2,
      strokeDasharray: '6 4',
    },
    hoverTarget: {
      fill: 'none',
      stroke: 'transparent',
      strokeWidth: 12,
    },
    arrow: {
      fill: theme.palette.text.secondary,
    },
    brokenArrow: {
      fill: theme.palette.error.main,
    },
    label: {
      fill: theme.palette.error.main,
      fontFamily: theme.typography.fontFamily,
      fontSize: 12,
    },
  }),
  { name: 'PortwayRoutingTopologyEdge' },
);

type Point = { x: number; y: number };

function finitePoints(points: Point[] | undefined): Point[] {
  return (points ?? []).filter(
    p => Number.isFinite(p.x) && Number.isFinite(p.y),
  );
}

/** A smooth line through dagre's points: curved at each bend, straight where there is none. */
function pathThrough(points: Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  const segments = rest.map((point, index) => {
    const next = rest[index + 1];
    return next
      ? `Q ${point.x} ${point.y} ${(point.x + next.x) / 2} ${
          (point.y + next.y) / 2
        }`
      : `L ${point.x} ${point.y}`;
  });
  return [`M ${first.x} ${first.y}`, ...segments].join(' ');
}

/** The arrow heads of sound and broken edges, in the theme's colours, for `DependencyGraph`'s defs. */
export function TopologyArrowDefs() {
  const classes = useStyles();
  const arrow = (id: string, className: string) => (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="8"
      markerHeight="8"
      markerUnits="userSpaceOnUse"
      orient="auto-start-reverse"
    >
      <path className={className} d="M 0 0 L 10 5 L 0 10 z" />
    </marker>
  );
  return (
    <>
      {arrow(ARROW, classes.arrow)}
      {arrow(BROKEN_ARROW, classes.brokenArrow)}
    </>
  );
}

/**
 * One edge of the routing topology. A broken one is drawn dashed in the theme's error colour,
 * with its reason as label and why it is broken on hover.
 */
export function TopologyEdge({
  edge,
}: DependencyGraphTypes.RenderEdgeProps<TopologyEdgeData>) {
  const classes = useStyles();
  const { label, broken, why } = edge;
  const points = finitePoints(edge.points);
  const d = pathThrough(points);
  // DependencyGraph places labels only for its own edges, which it measures: this label
  // sits just above the middle of the line.
  const middle = points[Math.floor(points.length / 2)];
  return (
    <g data-testid="topology-edge" data-broken={broken}>
      {why && <title>{why}</title>}
      {d && (
        <path
          className={
            broken ? `${classes.path} ${classes.broken}` : classes.path
          }
          markerEnd={`url(#${broken ? BROKEN_ARROW : ARROW})`}
          d={d}
        />
      )}
      {d && why && <path className={classes.hoverTarget} d={d} />}
      {label && middle && (
        <text
          className={classes.label}
          x={middle.x}
          y={middle.y - 6}
          textAnchor="middle"
        >
          {label}
        </text>
      )}
    </g>
  );
}
