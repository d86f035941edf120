/** What every view receives: the labels, the language, the CAMEO names (fetched once per page load) and where to draw. */
import { api, type CameoCode } from './api.js';
import type { Lang, T } from './i18n.js';

export interface Ctx {
  t: T;
  lang: Lang;
  main: HTMLElement;
  cameo(): Promise<Map<string, CameoCode>>;
  /** A CAMEO code's name in the page's language. */
  codeName(codes: Map<string, CameoCode>, code: string): string;
}

export function createCtx(t: T, lang: Lang, main: HTMLElement): Ctx {
  let codes: Promise<Map<string, CameoCode>> | null = null;
  return {
    t, lang, main,
    cameo: () => (codes ??= api<{ codes: CameoCode[] }>('cameo').then((r) => new Map(r.codes.map((c) => [c.code, c])))),
    codeName: (m, code) => {
      const c = m.get(code);
      return c ? (lang === 'fr' ? c.nameFr : c.nameEn) : code;
    },
  };
}
