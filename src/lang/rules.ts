/** Loads a language's tokenisation rules from its data files (data/lexicons/LANG/). */
import type { Lang } from '../model/types.js';
import { dottedAbbreviations, type TokenRules } from '../text/tokens.js';
import { fold } from '../text/fold.js';
import { readYaml } from '../data/yaml.js';

interface AbbreviationFile { abbreviations: string[]; initials?: boolean }
interface ClitiFile { elisions?: string[]; inverted?: string[]; suffixes?: string[]; compounds?: string[] }

export function loadTokenRules(dataDir: string, lang: Lang): TokenRules {
  const abbr = readYaml<AbbreviationFile>(`${dataDir}/lexicons/${lang}/abbreviations.yaml`);
  const cl = readYaml<ClitiFile>(`${dataDir}/lexicons/${lang}/clitics.yaml`);
  const rules: TokenRules = {
    abbreviations: new Set(abbr.abbreviations.map(String)),
    initials: abbr.initials ?? true,
    elisions: new Set((cl.elisions ?? []).map(fold)),
    inverted: new Set((cl.inverted ?? []).map(fold)),
    suffixes: (cl.suffixes ?? []).map(fold),
    compounds: new Set((cl.compounds ?? []).map(fold)),
  };
  return { ...rules, dotted: dottedAbbreviations(rules) };
}
