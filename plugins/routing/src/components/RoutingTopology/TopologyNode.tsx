import { useLayoutEffect, useRef, useState } from 'react';
import type { DependencyGraphTypes } from '@backstage/core-components';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { healthColour } from './healthColour';
import type { TopologyNodeData } from './types';

const PADDING = 10;
const ACCENT = 5;
const LINE = { caption: 14, title: 18, detail: 16 };

const useStyles = makeStyles(
  theme => ({
    box: {
      fill: theme.palette.background.paper,
      strokeWidth: 1.5,
    },
    caption: {
      fontFamily: theme.typography.fontFamily,
      fill: theme.palette.text.secondary,
      fontSize: 11,
    },
    title: {
      fontFamily: theme.typography.fontFamily,
      fill: theme.palette.text.primary,
      fontSize: 14,
      fontWeight: theme.typography.fontWeightBold as number,
    },
    detail: {
      fontFamily: theme.typography.fontFamily,
      fill: theme.palette.text.secondary,
      fontSize: 12,
    },
  }),
  { name: 'PortwayRoutingTopologyNode' },
);

/**
 * One node of the routing topology: a box outlined, and marked on its left, in its health's
 * colour, with the kind (and cluster) above the name and a detail line below it. It sizes
 * itself to its text, as `DependencyGraph` measures it.
 */
export function TopologyNode({
  node,
}: DependencyGraphTypes.RenderNodeProps<TopologyNodeData>) {
  const classes = useStyles();
  const theme = useTheme();
  const textRef = useRef<SVGGElement | null>(null);
  const [textWidth, setTextWidth] = useState(0);

  useLayoutEffect(() => {
    if (textRef.current) {
      const measured = Math.round(textRef.current.getBBox().width);
      if (measured !== textWidth) {
        setTextWidth(measured);
      }
    }
  }, [textWidth, node.caption, node.title, node.detail]);

  const colour = healthColour(theme, node.health);
  const left = PADDING + ACCENT;
  const captionY = PADDING + LINE.caption - 3;
  const titleY = captionY + LINE.title;
  const detailY = titleY + LINE.detail;
  const height = (node.detail ? detailY : titleY) + PADDING;
  const width = left + textWidth + PADDING;

  return (
    <g data-testid="topology-node" data-health={node.health}>
      <title>
        {[node.caption, node.title, node.detail].filter(Boolean).join('\n')}
      </title>
      <rect
        className={classes.box}
        stroke={colour}
        width={width}
        height={height}
        rx={6}
      />
      <rect fill={colour} width={ACCENT} height={height} rx={2} />
      <g ref={textRef}>
        <text className={classes.caption} x={left} y={captionY}>
          {node.caption}
        </text>
        <text className={classes.title} x={left} y={titleY}>
          {node.title}
        </text>
        {node.detail && (
          <text
            className={classes.detail}
            x={left}
            y={detailY}
            fill={node.health === 'error' ? colour : undefined}
          >
            {node.detail}
          </text>
        )}
      </g>
    </g>
  );
}
