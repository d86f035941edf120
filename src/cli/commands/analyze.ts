/** `vigie analyze FILE|DIR|- ...`: prints the analysis record of each article. */
import { Command, Option } from 'commander';
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import type { AnalysisRecord } from '../../model/types.js';
import { readInputs } from '../../sources/inputs.js';
import { loadVigie } from '../../pipeline/load.js';
import { dataOption, langOf, langOption, maxBytes, maxSizeOption } from '../options.js';
import { reportError, type CommandStatus } from '../report.js';
import { summarise } from '../text-summary.js';
import { configOption, dictModeOption, dictOption, dictionaryOptions, type DictFlags } from '../dict-options.js';

type Format = 'json' | 'jsonl' | 'text';

export function registerAnalyze(program: Command, status: CommandStatus): void {
  program.command('analyze')
    .description('analyse articles (dispatch or plain text, JSON, JSON Lines, or - for standard input) and print their records')
    .argument('<inputs...>', 'files, directories or - (standard input)')
    .addOption(new Option('--format <format>', 'json (one pretty record), jsonl (one record a line) or text (a readable summary); default json for one file, jsonl for several').choices(['json', 'jsonl', 'text']))
    .addOption(langOption())
    .addOption(maxSizeOption())
    .addOption(dataOption())
    .addOption(dictOption())
    .addOption(dictModeOption())
    .addOption(configOption())
    .action(async (inputs: string[], o: { format?: Format; lang?: string; maxSize: string; data?: string } & DictFlags) => {
      const vigie = loadVigie(o.data, [], dictionaryOptions(o));
      const format: Format = o.format ?? (inputs.length === 1 && isSingleFile(inputs[0]) ? 'json' : 'jsonl');
      const pretty: AnalysisRecord[] = [];
      let failed = 0;
      for await (const r of readInputs(inputs, { lang: langOf(o.lang), maxBytes: maxBytes(o.maxSize), calendars: vigie.calendars })) {
        if ('error' in r) { failed++; reportError(r.error); continue; }
        let record: AnalysisRecord;
        try {
          record = vigie.pipeline.analyze(r.doc);
        } catch (e) {
          failed++;
          reportError(new Error(`${r.doc.source ?? r.doc.id}: analysis failed (${(e as Error).message})`));
          continue;
        }
        if (format === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
        else if (format === 'text') process.stdout.write(summarise(record, (c) => vigie.cameo?.get(c)?.nameEn) + '\n');
        else pretty.push(record);
      }
      if (format === 'json' && pretty.length) process.stdout.write(JSON.stringify(pretty.length === 1 ? pretty[0] : pretty, null, 2) + '\n');
      if (failed) status.code = 1;
    });
}

function isSingleFile(input: string): boolean {
  if (input === '-') return true;
  try {
    return statSync(input).isFile() && !['.jsonl', '.ndjson'].includes(extname(input).toLowerCase());
  } catch {
    return true;
  }
}
