import { createGraphBuilder, nodeId, worseHealth } from './graphBuilder';
import type { TopologyNode } from './types';

const node = (health: TopologyNode['health']): TopologyNode => ({
  id: 'a',
  layer: 'backend',
  caption: 'Service',
  title: `shop/a (${health})`,
  health,
});

describe('graphBuilder', () => {
  it.each([
    ['neutral', 'ok', 'ok'],
    ['ok', 'pending', 'pending'],
    ['warning', 'pending', 'warning'],
    ['error', 'warning', 'error'],
    ['ok', 'neutral', 'ok'],
  ] as const)('the worse of %s and %s is %s', (a, b, expected) => {
    expect(worseHealth(a, b)).toBe(expected);
  });

  it('keeps the first node and makes it as unhealthy as the worst seen', () => {
    const graph = createGraphBuilder();
    graph.addNode(node('ok'));
    graph.addNode(node('error'));
    graph.addNode(node('neutral'));

    expect(graph.graph().nodes).toEqual([{ ...node('ok'), health: 'error' }]);
  });

  it('keeps one edge a pair, a broken one over a sound one', () => {
    const graph = createGraphBuilder();
    graph.addEdge({ from: 'a', to: 'b', broken: false });
    graph.addEdge({ from: 'a', to: 'b', broken: true, label: 'first' });
    graph.addEdge({ from: 'a', to: 'b', broken: true, label: 'second' });
    graph.addEdge({ from: 'a', to: 'b', broken: false });
    graph.addEdge({ from: 'b', to: 'a', broken: false });

    expect(graph.graph().edges).toEqual([
      { from: 'a', to: 'b', broken: true, label: 'first' },
      { from: 'b', to: 'a', broken: false },
    ]);
  });

  it('makes ids that separate the parts, whatever they hold', () => {
    expect(nodeId('route', 'a/b', 'c')).not.toBe(nodeId('route', 'a', 'b/c'));
  });
});
