/** The dashboard: hash routes (#/doc/3, #/actor/Name, #/dyad/RUS/CHN, #/network, #/search/words) drawn into <main>. */
import './style.css';
import { pickLang, translator } from './i18n.js';
import { createCtx, type Ctx } from './context.js';
import { clear, h, link } from './dom.js';
import { homeView } from './views/home.js';
import { articleView } from './views/article.js';
import { actorView } from './views/actor.js';
import { dyadView } from './views/dyad.js';
import { networkView } from './views/network.js';
import { searchView } from './views/search.js';

type View = (ctx: Ctx, args: string[]) => Promise<void>;

const ROUTES: Record<string, View> = {
  '': homeView, doc: articleView, actor: actorView, dyad: dyadView, network: networkView, search: searchView,
};

function parts(): string[] {
  return location.hash.replace(/^#\/?/u, '').split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
}

async function route(ctx: Ctx): Promise<void> {
  const [name = '', ...args] = parts();
  const view = ROUTES[name] ?? homeView;
  clear(ctx.main);
  ctx.main.append(h('p', { class: 'muted', 'aria-live': 'polite' }, ctx.t('loading')));
  try {
    await view(ctx, args);
  } catch (e) {
    clear(ctx.main);
    ctx.main.append(h('h1', {}, ctx.t('error')), h('p', { class: 'error', role: 'alert' }, (e as Error).message));
  }
  document.title = `Vigie – ${ctx.main.querySelector('h1')?.textContent ?? ''}`;
}

function start(): void {
  const lang = pickLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
  const t = translator(lang);
  document.documentElement.lang = lang;
  const main = document.getElementById('main') as HTMLElement;
  const nav = document.getElementById('nav') as HTMLElement;
  nav.append(link([], t('home')), link(['network'], t('network')));
  const skip = document.querySelector('.skip');
  if (skip) skip.textContent = t('skip');
  const input = document.getElementById('search-input') as HTMLInputElement;
  input.placeholder = t('searchPlaceholder');
  input.setAttribute('aria-label', t('searchPlaceholder'));
  (document.getElementById('search-button') as HTMLButtonElement).textContent = t('search');
  document.getElementById('search-form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.value.trim()) location.hash = `#/search/${encodeURIComponent(input.value.trim())}`;
  });
  const ctx = createCtx(t, lang, main);
  window.addEventListener('hashchange', () => { void route(ctx).then(() => main.focus({ preventScroll: true })); });
  void route(ctx);
}

start();
