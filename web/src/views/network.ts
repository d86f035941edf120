/**
 * The network (#/network/FROM/TO): actors as nodes, events as edges weighted by count and coloured
 * from cooperation (green) to conflict (red), over a date range; sigma 3 draws it, a table lists it.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { api, type Network } from '../api.js';
import type { Ctx } from '../context.js';
import { clear, h, link } from '../dom.js';
import { goldsteinColour } from '../charts.js';

function graphOf(net: Network): Graph {
  const g = new Graph({ type: 'directed', multi: false });
  const n = net.nodes.length;
  const max = Math.max(1, ...net.nodes.map((x) => x.events));
  net.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    g.addNode(node.id, { label: node.id, x: Math.cos(angle), y: Math.sin(angle), size: 4 + 14 * Math.sqrt(node.events / max), color: '#34495e' });
  });
  const maxE = Math.max(1, ...net.edges.map((e) => e.count));
  for (const e of net.edges) {
    g.addDirectedEdge(e.source, e.target, { size: 1 + 6 * Math.sqrt(e.count / maxE), color: goldsteinColour(e.meanGoldstein), label: `${e.count}` });
  }
  return g;
}

export async function networkView(ctx: Ctx, args: string[]): Promise<void> {
  const { t } = ctx;
  const [from = '', to = '', min = '1'] = args;
  const net = await api<Network>('network', { from, to, min });
  const fromIn = h('input', { id: 'net-from', name: 'from', value: from, placeholder: 'YYYY-MM', size: 10 });
  const toIn = h('input', { id: 'net-to', name: 'to', value: to, placeholder: 'YYYY-MM', size: 10 });
  const minIn = h('input', { id: 'net-min', name: 'min', type: 'number', min: 1, value: min, size: 4 });
  const form = h('form', { class: 'filters' },
    h('label', { for: 'net-from' }, t('from')), fromIn, h('label', { for: 'net-to' }, t('to')), toIn,
    h('label', { for: 'net-min' }, t('minEvents')), minIn, h('button', { type: 'submit' }, t('apply')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/network/${[fromIn.value.trim(), toIn.value.trim(), minIn.value.trim() || '1'].map(encodeURIComponent).join('/')}`;
  });
  const box = h('div', { class: 'graph', id: 'network-graph', role: 'img', 'aria-label': t('network') });
  clear(ctx.main);
  ctx.main.append(
    h('h1', {}, t('network')),
    h('p', { class: 'muted' }, t('networkHelp')),
    form,
    h('p', { class: 'legend' }, h('span', { class: 'scale' }), ` ${t('conflict')} … ${t('cooperation')}`),
    box,
    net.edges.length ? h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, h('th', {}, t('source')), h('th', {}, t('target')), h('th', {}, t('count')), h('th', {}, t('meanGoldstein')))),
      h('tbody', {}, ...net.edges.map((e) => h('tr', {}, h('td', {}, link(['dyad', e.source, e.target], e.source)), h('td', {}, e.target),
        h('td', { class: 'num' }, e.count), h('td', { class: 'num' }, e.meanGoldstein)))))
      : h('p', { class: 'muted' }, t('noData')),
  );
  if (!net.nodes.length) return;
  const renderer = new Sigma(graphOf(net), box, {
    defaultEdgeType: 'arrow', renderEdgeLabels: false, labelSize: 13, labelWeight: '600', labelRenderedSizeThreshold: 0, labelDensity: 1,
  });
  renderer.on('clickEdge', ({ edge }) => {
    const g = renderer.getGraph();
    location.hash = `#/dyad/${encodeURIComponent(g.source(edge))}/${encodeURIComponent(g.target(edge))}`;
  });
  window.addEventListener('hashchange', () => renderer.kill(), { once: true });
}
