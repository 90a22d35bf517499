/**
 * Leaves one direction's converters in this content-script world (converters.ts),
 * each variant's built the first time it is asked for.
 */
import type { ChineseVariant } from '../../shared/settings';
import { configNames, type ScriptConverters } from './converters';
import { converterFor, type OpenccConfig } from './phrase-converter';
import type { ChineseScript } from './script-of';
import { mark, READER_MARKS } from '../perf-marks';

/** Registers the converters to `script` from opencc-js's preset `configs`. */
export function registerConverters(script: ChineseScript, configs: Record<string, unknown>): void {
  const built = new Map<ChineseVariant, (text: string) => string>();
  const converters: ScriptConverters = (variant) => {
    let convert = built.get(variant);
    if (!convert) {
      const config = configs[configNames[script][variant]] as OpenccConfig | undefined;
      if (!config) throw new Error(`No OpenCC configuration ${configNames[script][variant]}.`);
      built.set(variant, (convert = converterFor(config)));
    }
    return convert;
  };
  globalThis.__liseuseChinese = { ...globalThis.__liseuseChinese, [script]: globalThis.__liseuseChinese?.[script] ?? converters };
  // Tests count this mark to prove the file comes only when asked for, once.
  mark(READER_MARKS.chineseInjected);
}
